package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both seed notices, as pasted text and saved as .txt, .docx, .pdf and .html: the share of the facts a careful
 * person places (SeedFacts) that Seloste placed with the same value, and the values it invented (placed, not in the
 * list, and not in the text either). At least 80 % right, none invented.
 */
class SeedNoticesReadTest {

    static Stream<Arguments> seedsAndFormats() {
        List<Arguments> arguments = new ArrayList<>();
        for (String seed : List.of(Seeds.BEAUTY_SALON, Seeds.PHYSIOTHERAPY)) {
            for (String format : List.of("pasted", "txt", "docx", "pdf", "html")) {
                arguments.add(Arguments.of(seed, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAndFormats")
    void atLeastEightyPercentOfTheFactsArePlacedRightAndNoneIsInvented(String seed, String format) throws Exception {
        String original = Seeds.text(seed);
        String text = switch (format) {
            case "pasted" -> OldNoticeText.pasted(original);
            case "txt" -> OldNoticeText.read(Seeds.path(seed));
            case "docx" -> OldNoticeText.read(SavedAs.docx(original), OldNoticeFormat.DOCX);
            case "pdf" -> OldNoticeText.read(SavedAs.pdf(original), OldNoticeFormat.PDF);
            case "html" -> OldNoticeText.read(SavedAs.utf8(SavedAs.html(original)), OldNoticeFormat.HTML);
            default -> throw new IllegalArgumentException(format);
        };
        List<SeedFacts.Fact> expected = seed.equals(Seeds.BEAUTY_SALON) ? SeedFacts.BEAUTY_SALON : SeedFacts.PHYSIOTHERAPY;
        List<String> outdated = seed.equals(Seeds.BEAUTY_SALON) ? SeedFacts.BEAUTY_SALON_OUTDATED : SeedFacts.PHYSIOTHERAPY_OUTDATED;

        OldNoticeReading reading = OldNoticeRecogniser.read(text);

        List<SeedFacts.Fact> missed = expected.stream().filter(e -> reading.placed().stream().noneMatch(p -> same(e, p))).toList();
        List<PlacedFact> invented = reading.placed().stream()
                .filter(p -> expected.stream().noneMatch(e -> same(e, p)))
                .filter(p -> !p.field().isText() || !normal(emailsPlain(original)).contains(normal(p.value())))
                .toList();
        List<PlacedFact> extra = reading.placed().stream().filter(p -> expected.stream().noneMatch(e -> same(e, p))).toList();
        int right = expected.size() - missed.size();
        System.out.printf(Locale.ROOT, "old notice %-45s %-6s placed right %2d/%2d = %5.1f %%, invented %d, other placed %d, unplaced %d, outdated %d%n",
                seed, format, right, expected.size(), 100.0 * right / expected.size(), invented.size(), extra.size() - invented.size(),
                reading.unplaced().size(), reading.outdated().size());
        missed.forEach(m -> System.out.println("    missed   " + m));
        extra.forEach(x -> System.out.println("    extra    " + x.field() + " = " + x.value() + "  <- " + x.sentence()));

        assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
        assertThat(right).as("facts placed right of %d; missed %s", expected.size(), missed).isGreaterThanOrEqualTo((int) Math.ceil(expected.size() * 0.8));
        assertThat(invented).as("invented values").isEmpty();
        assertThat(reading.placed()).allSatisfy(p -> assertThat(normal(emailsPlain(text))).contains(normal(emailsPlain(p.sentence()))));
        for (String statement : outdated) {
            assertThat(reading.outdated()).as("flagged: " + statement).anySatisfy(o -> assertThat(o.sentence()).contains(statement));
            assertThat(reading.placed()).noneSatisfy(p -> assertThat(p.sentence()).contains(statement));
        }
    }

    static boolean same(SeedFacts.Fact expected, PlacedFact placed) {
        return expected.field() == placed.field() && normal(expected.value()).equals(normal(placed.value()));
    }

    static String emailsPlain(String text) {
        return ContactPatterns.AT_FORM.matcher(text).replaceAll("@");
    }

    static String normal(String value) {
        return value.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
