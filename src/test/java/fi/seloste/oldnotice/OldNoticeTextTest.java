package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OldNoticeTextTest {

    private static final String NOTICE = "1. Rekisterinpitäjä\n\nRekisterinpitäjä: Kahvila Mäkelä\n\nY-tunnus: 2077474-0\n\n"
            + "2. Rekisterin nimi\n\nAsiakasrekisteri, jota säilytetään lukitussa kaapissa.";

    @TempDir
    Path dir;

    @Test
    void aTextFileIsReadAsUtf8OrAsWindows1252AndIsNotChanged() throws Exception {
        Path utf8 = Files.write(dir.resolve("vanha.txt"), SavedAs.utf8(NOTICE));
        Path ansi = Files.write(dir.resolve("ansi.txt"), NOTICE.getBytes(Charset.forName("windows-1252")));
        byte[] before = Files.readAllBytes(ansi);

        assertThat(OldNoticeText.read(utf8)).isEqualTo(NOTICE);
        assertThat(OldNoticeText.read(ansi)).isEqualTo(NOTICE);
        assertThat(Files.readAllBytes(ansi)).isEqualTo(before);
    }

    @Test
    void aWebPageGivesItsParagraphsAndATableRowGivesLabelAndValue() throws Exception {
        String page = "<html><head><style>p{}</style><script>var x='Y-tunnus: 1';</script></head><body>"
                + "<h1>Tietosuojaseloste</h1><p>Rekisterinpitäjä on <b>Kahvila Mäkelä</b>.</p>"
                + "<table><tr><td>Y-tunnus</td><td>2077474-0</td></tr><tr><th>Osoite:</th><td>Kuja 1, 00100 Helsinki</td></tr></table>"
                + "</body></html>";

        String text = OldNoticeText.read(SavedAs.utf8(page), OldNoticeFormat.HTML);

        assertThat(text).contains("Rekisterinpitäjä on Kahvila Mäkelä.").contains("Y-tunnus: 2077474-0")
                .contains("Osoite: Kuja 1, 00100 Helsinki").doesNotContain("var x");
    }

    @Test
    void wordAndPdfGiveTheTextOfTheNotice() throws Exception {
        assertThat(OldNoticeText.read(SavedAs.docx(NOTICE), OldNoticeFormat.DOCX))
                .contains("Rekisterinpitäjä: Kahvila Mäkelä").contains("Y-tunnus: 2077474-0");
        assertThat(OldNoticeText.read(SavedAs.pdf(NOTICE), OldNoticeFormat.PDF))
                .contains("Rekisterinpitäjä: Kahvila Mäkelä").contains("lukitussa kaapissa");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedWithoutReadingItAll() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "Tietoja ei luovuteta.\n".getBytes(Charset.forName("UTF-8"));
            for (long written = 0; written <= OldNoticeLimits.MAX_FILE_BYTES * 4; written += line.length) {
                out.write(line);
            }
        }
        assertProblem(() -> OldNoticeText.read(huge), OldNoticeException.Problem.FILE_TOO_LARGE);
    }

    @Test
    void tooMuchTextIsRefusedPastedOrFromAFile() {
        String long_ = "a".repeat(OldNoticeLimits.MAX_TEXT_CHARS + 1);
        assertProblem(() -> OldNoticeText.pasted(long_), OldNoticeException.Problem.TEXT_TOO_LONG);
        assertProblem(() -> OldNoticeText.read(SavedAs.utf8(long_), OldNoticeFormat.TEXT), OldNoticeException.Problem.TEXT_TOO_LONG);
        assertProblem(() -> OldNoticeText.pasted("  \n "), OldNoticeException.Problem.NO_TEXT);
    }

    @Test
    void aWordZipBombIsRefusedQuickly() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        long start = System.nanoTime();

        assertProblem(() -> OldNoticeText.read(bomb, OldNoticeFormat.DOCX), OldNoticeException.Problem.ZIP_BOMB);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void damagedWordAndPdfFilesAndOtherFormatsGiveATypedError() throws Exception {
        byte[] docx = SavedAs.docx(NOTICE);
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
        byte[] pdf = SavedAs.pdf(NOTICE);
        byte[] brokenPdf = java.util.Arrays.copyOf(pdf, 40);

        assertProblem(() -> OldNoticeText.read(cut, OldNoticeFormat.DOCX), OldNoticeException.Problem.DAMAGED);
        assertProblem(() -> OldNoticeText.read(SavedAs.utf8("not a zip"), OldNoticeFormat.DOCX), OldNoticeException.Problem.DAMAGED);
        assertProblem(() -> OldNoticeText.read(brokenPdf, OldNoticeFormat.PDF), OldNoticeException.Problem.DAMAGED);
        assertProblem(() -> OldNoticeText.read(Files.write(dir.resolve("old.doc"), docx)), OldNoticeException.Problem.UNSUPPORTED_FORMAT);
        assertProblem(() -> OldNoticeText.read(dir.resolve("missing.txt")), OldNoticeException.Problem.UNREADABLE);
    }

    /** A .docx whose document part is 200 MB of spaces, packed to well under a megabyte. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(Charset.forName("UTF-8")));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(Charset.forName("UTF-8")));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".getBytes(Charset.forName("UTF-8")));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(Charset.forName("UTF-8")));
        }
        return bytes.toByteArray();
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, OldNoticeException.Problem problem) {
        assertThatThrownBy(read).isInstanceOfSatisfying(OldNoticeException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
