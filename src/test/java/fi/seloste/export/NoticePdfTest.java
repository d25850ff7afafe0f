package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javax.xml.transform.TransformerFactory;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignOff;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NoticePdfTest {

    private static final NoticeMeta META = SeedCases.META;

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("fi.seloste.export.SeedCases#seedsAndLanguages")
    void pdfHoldsEverySectionTitleAndPageNumbers(String name, Notice notice, Language language) throws IOException {
        byte[] pdf = NoticePdf.render(notice, language, META);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = normalise(new PDFTextStripper().getText(doc));
            for (Section section : NoticeOutline.of(notice, language)) {
                assertThat(text).contains(normalise(section.title()));
                for (Section sub : section.subsections()) {
                    assertThat(text).contains(normalise(sub.title()));
                }
            }
            assertThat(text).contains(normalise(NoticeHtml.title(notice, language)));
            int pages = doc.getNumberOfPages();
            String word = switch (language) {
                case FI -> "sivu";
                case SV -> "sida";
                case EN -> "page";
            };
            assertThat(text).contains(word + " 1 / " + pages).contains(word + " " + pages + " / " + pages);

            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));

            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(NoticeHtml.title(notice, language));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo(language.tag());
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo(NoticePdf.PRODUCER);
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString()).isEqualTo("2027-11-01T00:00:00Z");
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant().toString()).isEqualTo("2027-11-01T00:00:00Z");
            assertThat(doc.getDocumentInformation().getSubject()).isNotBlank();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<xmp:CreateDate>2027-11-01T00:00:00+00:00</xmp:CreateDate>")
                    .contains("<xmp:ModifyDate>2027-11-01T00:00:00+00:00</xmp:ModifyDate>")
                    .contains("<pdfaid:part>3</pdfaid:part>").contains("pdfuaid");
            assertThat(doc.isEncrypted()).isFalse();
            for (var page : doc.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void sameNoticeGivesIdenticalBytes() {
        for (Notice notice : List.of(SeedNotices.physiotherapy(), SeedNotices.beautySalon())) {
            byte[] first = NoticePdf.render(notice, Language.FI, META);
            byte[] second = NoticePdf.render(notice, Language.FI, META);
            assertThat(second).isEqualTo(first);
        }
        assertThat(NoticePdf.render(SeedNotices.physiotherapy(), Language.EN, NoticeMeta.NONE))
                .isEqualTo(NoticePdf.render(SeedNotices.physiotherapy(), Language.EN, NoticeMeta.NONE));
        assertThat(NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, new NoticeMeta(LocalDate.of(2027, 11, 2), 3)))
                .isNotEqualTo(NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META));
    }

    /**
     * veraPDF brings Saxon, which registers itself as the class path's XML transformer; the application has none. The
     * PDF (its XMP packet) must not depend on that, or the tests would check other bytes than the app writes.
     */
    @Test
    void theBytesDoNotDependOnWhichXmlLibraryIsOnTheClassPath() throws Exception {
        assertThat(TransformerFactory.newInstance().getClass().getName()).startsWith("net.sf.saxon");
        byte[] here = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META);
        ClassLoader withoutXmlProviders = new ClassLoader(NoticePdfTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.startsWith("META-INF/services/javax.xml.") ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
        AtomicReference<byte[]> there = new AtomicReference<>();
        Thread thread = new Thread(() -> there.set(NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META)));
        thread.setContextClassLoader(withoutXmlProviders);
        thread.start();
        thread.join();
        assertThat(xmp(there.get())).isEqualTo(xmp(here));
        assertThat(Arrays.equals(there.get(), here)).as("same bytes").isTrue();
        assertThat(TransformerFactory.newInstance().getClass().getName()).as("the caller's context is left as it was")
                .startsWith("net.sf.saxon");
    }

    /** Copying an address or searching a word in the PDF gives the letters typed, never a ligature character. */
    @Test
    void theTextLayerHasNoLigatures() throws IOException {
        byte[] pdf = NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder raw = new StringBuilder();
            PDFTextStripper asWritten = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode())); // before the stripper undoes ligatures
                    raw.append(' ');
                }
            };
            asWritten.getText(doc);
            assertThat(raw.toString()).contains("veera.westerholm@flowest.fi", "tietosuoja@om.fi", "www.tietosuoja.fi")
                    .doesNotContain("\uFB01", "\uFB02");
        }
    }

    /** A warning is written to the log on every export (in a batch of 200, 200 times), and means a style is lost. */
    @Test
    void theRendererHasNothingToWarnAbout() {
        Logger renderer = Logger.getLogger("com.openhtmltopdf");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        renderer.addHandler(collect);
        try {
            NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META);
            RecordOfProcessing.pdf(SeedNotices.physiotherapy(), Language.SV, META);
            NoticePdf.render(HostileNotices.hostile(), Language.EN, NoticeMeta.signed(new SignOff(3,
                    Instant.parse("2026-11-22T10:15:00Z"), "Veera Westerholm", LocalizedText.finnish("yrittäjä"), "ab".repeat(32))));
        } finally {
            renderer.removeHandler(collect);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void hostileOwnerInputRendersAndItsTextIsInThePdf() throws IOException {
        for (Language language : Language.values()) {
            byte[] pdf = NoticePdf.render(HostileNotices.hostile(), language, META);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(1)>");
                assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            }
        }
    }

    @Test
    void writeReplacesTheFileOnlyWhenTheNewOneIsComplete(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("seloste.pdf");
        Files.writeString(target, "old");
        NoticePdf.write(SeedNotices.physiotherapy(), Language.FI, META, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(NoticePdf.render(SeedNotices.physiotherapy(), Language.FI, META));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
        Path ordinary = Files.writeString(folder.resolve("ordinary.txt"), "x");
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
        Files.delete(ordinary);

        Path missingFolder = folder.resolve("no-such-folder").resolve("seloste.pdf");
        assertThatThrownBy(() -> NoticePdf.write(SeedNotices.physiotherapy(), Language.FI, META, missingFolder))
                .isInstanceOf(IOException.class);
        byte[] before = Files.readAllBytes(target);
        Path aFolder = Files.createDirectory(folder.resolve("occupied.pdf"));
        Files.writeString(aFolder.resolve("inside"), "x");
        assertThatThrownBy(() -> NoticePdf.write(SeedNotices.physiotherapy(), Language.FI, META, aFolder))
                .isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactlyInAnyOrder(target, aFolder);
        }
    }

    @Test
    void xmpDatesAreReplacedOrRemoved() {
        String xmp = "<x><xmp:CreateDate>2026-11-22T06:30:25+00:00</xmp:CreateDate>\n<xmp:ModifyDate>2026</xmp:ModifyDate></x>";
        assertThat(NoticePdf.replaceXmpDates("<x><xmp:CreateDate>2026</xmp:CreateDate></x>", "2027-11-01T00:00:00+00:00"))
                .isEqualTo("<x><xmp:CreateDate>2027-11-01T00:00:00+00:00</xmp:CreateDate>"
                        + "<xmp:ModifyDate>2027-11-01T00:00:00+00:00</xmp:ModifyDate></x>");
        assertThat(NoticePdf.replaceXmpDates(xmp, "2027-11-01T00:00:00+00:00"))
                .isEqualTo("<x><xmp:CreateDate>2027-11-01T00:00:00+00:00</xmp:CreateDate>\n"
                        + "<xmp:ModifyDate>2027-11-01T00:00:00+00:00</xmp:ModifyDate></x>");
        assertThat(NoticePdf.replaceXmpDates(xmp, null)).isEqualTo("<x>\n</x>");
    }

    private static String xmp(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
