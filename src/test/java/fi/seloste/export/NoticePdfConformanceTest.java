package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF: the exported PDF conforms to PDF/A-3u and to PDF/UA-1. */
class NoticePdfConformanceTest {

    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2027, 11, 1), 3);

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** Both seed notices in all three languages (the bar for done). */
    static Stream<Arguments> pdfs() {
        return SeedCases.seedsAndLanguages();
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("pdfs")
    void conformsToPdfA3u(String name, Notice notice, Language language) throws Exception {
        assertCompliant(NoticePdf.render(notice, language, META), PDFAFlavour.fromString("3u"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("pdfs")
    void conformsToPdfUa1(String name, Notice notice, Language language) throws Exception {
        assertCompliant(NoticePdf.render(notice, language, META), PDFAFlavour.PDFUA_1);
    }

    @ParameterizedTest(name = "hostile owner input {0}")
    @MethodSource("languages")
    void hostileOwnerInputStillConforms(Language language) throws Exception {
        byte[] pdf = NoticePdf.render(HostileNotices.hostile(), language, META);
        assertCompliant(pdf, PDFAFlavour.fromString("3u"));
        assertCompliant(pdf, PDFAFlavour.PDFUA_1);
    }

    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    /** The validator is really at work: a plain untagged PDF without metadata fails both. */
    @org.junit.jupiter.api.Test
    void aPlainPdfDoesNotConform() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
        }
        for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.fromString("3u"), PDFAFlavour.PDFUA_1}) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.toByteArray()), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                assertThat(validator.validate(parser).isCompliant()).as(flavour.toString()).isFalse();
            }
        }
    }

    static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getPDFAFlavour()).isEqualTo(flavour);
            assertThat(result.getTotalAssertions()).isGreaterThan(1000);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().limit(40).collect(Collectors.joining("\n"));
            if (!result.isCompliant()) {
                System.out.println("veraPDF " + flavour + " failures:\n" + failures);
            }
            assertThat(result.isCompliant()).as(flavour + " failures:\n" + failures).isTrue();
        }
    }
}
