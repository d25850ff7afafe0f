package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.SignedVersion;
import fi.seloste.seeds.SeedNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What printing a signed version prints: the PDF kept at its sign-off, or one rendered with its sign-off block. */
class SignedVersionPrintoutTest {

    private static final SignOff SIGN_OFF = new SignOff(3, Instant.parse("2026-11-22T10:15:00Z"), "Veera Westerholm",
            fi.seloste.domain.LocalizedText.finnish("yrittäjä"), "3f2a9c0d41b7e8f6".repeat(4));
    private static final SignedVersion SIGNED = new SignedVersion(SIGN_OFF, SeedNotices.physiotherapy(), "{}", 2);

    @Test
    void theArchivedPdfIsPrintedByteForByte() {
        byte[] kept = SignedNoticeArchive.documents(SIGNED).get(0).content();
        List<ArchivedDocument> archived = List.of(new ArchivedDocument(Language.FI, ArchivedDocument.Kind.PDF, kept));
        assertThat(SignedNoticeArchive.pdf(SIGNED, archived, Language.FI)).isEqualTo(kept);
    }

    @Test
    void aVersionWithoutArchivedDocumentsPrintsItsSignOffBlockSignatureLineAndSaysItIsANewPrintout() throws Exception {
        String text = text(SignedNoticeArchive.pdf(SIGNED, List.of(), Language.EN));
        assertThat(text).contains("Sign-off", "Signed off by: Veera Westerholm, yrittäjä", "Version 3",
                "Signature and name in block letters", "This is a new printout of version 3");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
