package fi.seloste.oldnotice;

import static fi.seloste.oldnotice.SeedNoticesReadTest.emailsPlain;
import static fi.seloste.oldnotice.SeedNoticesReadTest.normal;
import static fi.seloste.oldnotice.SeedNoticesReadTest.same;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notices in the shapes of real ones (ShapeFacts, the README of their folder), pasted, opened as .txt and saved as
 * .docx, .pdf and .html (SavedAs: a paragraph, a PDF line, an HTML block per line of the text), scored as
 * the seeds are (SeedNoticesReadTest): the share of the facts a careful person places that Seloste placed with the
 * same value, at least 80 %, and no value invented (placed, not in the list, and not in the text either).
 */
class ShapesOfRealNoticesReadTest {

    static Stream<Arguments> shapesAndFormats() {
        List<Arguments> arguments = new ArrayList<>();
        List<ShapeFacts.Shape> shapes = new ArrayList<>(ShapeFacts.ALL);
        shapes.addAll(ShapeFacts.HELD_OUT);
        for (ShapeFacts.Shape shape : shapes) {
            for (String format : List.of("pasted", "txt", "docx", "pdf", "html")) {
                arguments.add(Arguments.of(shape, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("shapesAndFormats")
    void atLeastEightyPercentOfTheFactsArePlacedRightAndNoneIsInvented(ShapeFacts.Shape shape, String format) throws Exception {
        String original = shape.text();
        String text = switch (format) {
            case "pasted" -> OldNoticeText.pasted(original);
            case "txt" -> OldNoticeText.read(shape.path());
            case "docx" -> OldNoticeText.read(SavedAs.docx(original), OldNoticeFormat.DOCX);
            case "pdf" -> OldNoticeText.read(SavedAs.pdf(original), OldNoticeFormat.PDF);
            case "html" -> OldNoticeText.read(SavedAs.utf8(SavedAs.html(original)), OldNoticeFormat.HTML);
            default -> throw new IllegalArgumentException(format);
        };

        OldNoticeReading reading = OldNoticeRecogniser.read(text);

        List<SeedFacts.Fact> expected = shape.facts();
        List<SeedFacts.Fact> missed = expected.stream().filter(e -> reading.placed().stream().noneMatch(p -> same(e, p))).toList();
        List<PlacedFact> extra = reading.placed().stream().filter(p -> expected.stream().noneMatch(e -> same(e, p))).toList();
        List<PlacedFact> invented = extra.stream()
                .filter(p -> !p.field().isText() || !normal(emailsPlain(original)).contains(normal(p.value())))
                .toList();
        // A value of the text placed in another field than the careful person's: "asiakaspalvelun hoitamiseksi" as data.
        List<PlacedFact> misplaced = extra.stream().filter(p -> p.field().isText())
                .filter(p -> expected.stream().anyMatch(e -> normal(e.value()).equals(normal(p.value())) && !related(e.field(), p.field())))
                .toList();
        int right = expected.size() - missed.size();
        System.out.printf(Locale.ROOT, "shape %-40s %-6s placed right %2d/%2d = %5.1f %%, invented %d, other placed %d, unplaced %d, outdated %d%n",
                shape.file(), format, right, expected.size(), 100.0 * right / expected.size(), invented.size(),
                extra.size() - invented.size(), reading.unplaced().size(), reading.outdated().size());
        missed.forEach(m -> System.out.println("    missed   " + m));
        extra.forEach(x -> System.out.println("    extra    " + x.field() + " = " + x.value() + "  <- " + x.sentence()));

        assertThat(invented).as("invented values").isEmpty();
        assertThat(misplaced).as("values placed in another field").isEmpty();
        assertThat(right).as("facts placed right of %d; missed %s", expected.size(), missed)
                .isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * 0.8));
        assertThat(reading.placed()).allSatisfy(p -> assertThat(normal(emailsPlain(text))).contains(normal(emailsPlain(p.sentence()))));
        fi.seloste.domain.Notice draft = DraftFromOldNotice.draft(reading);
        assertThat(draft.registers()).as("registers of the draft").hasSize(1);
        assertThat(MarksFromOldNotice.of(reading, draft)).isNotEmpty();
        for (String statement : shape.outdated()) {
            assertThat(reading.outdated()).as("flagged: " + statement).anySatisfy(o -> assertThat(o.sentence()).contains(statement));
            assertThat(reading.placed()).noneSatisfy(p -> assertThat(p.sentence()).contains(statement));
        }
    }

    /** The controller's, the contact's and the officer's e-mail (or street…) may be one; so may a category and its being optional. */
    private static boolean related(FactField a, FactField b) {
        String suffixA = a.name().substring(a.name().indexOf('_') + 1);
        String suffixB = b.name().substring(b.name().indexOf('_') + 1);
        return a == b || suffixA.equals(suffixB) || a.name().startsWith("DATA_CATEGORY") && b.name().startsWith("DATA_CATEGORY");
    }
}
