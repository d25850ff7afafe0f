package fi.seloste.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.SignedVersion;

/**
 * What a sign-off keeps: the signed notice rendered as PDF and as a standalone web page in each language it is
 * published in, with its sign-off block. Kept as rendered, so that later wording never changes a signed document.
 */
public final class SignedNoticeArchive {

    private SignedNoticeArchive() {
    }

    /**
     * The PDF of a signed version in one language, to print or show: as archived at its sign-off when it was, else
     * rendered from its content with its sign-off block (and saying it is a new printout when nothing was archived).
     * Either way it has the sign-off block and the line for a handwritten signature.
     */
    public static byte[] pdf(SignedVersion signed, List<ArchivedDocument> archived, Language language) {
        return archived.stream()
                .filter(d -> d.language() == language && d.kind() == ArchivedDocument.Kind.PDF)
                .map(ArchivedDocument::content).findFirst()
                .orElseGet(() -> NoticePdf.render(signed.notice(), language,
                        NoticeMeta.signedVersion(signed.signOff(), archived)));
    }

    /** For each published language in notice order (fi, sv, en): the PDF, then the HTML (UTF-8). */
    public static List<ArchivedDocument> documents(SignedVersion signed) {
        NoticeMeta meta = NoticeMeta.signed(signed.signOff());
        List<ArchivedDocument> documents = new ArrayList<>();
        for (Language language : signed.notice().settings().languages()) {
            documents.add(new ArchivedDocument(language, ArchivedDocument.Kind.PDF,
                    NoticePdf.render(signed.notice(), language, meta)));
            documents.add(new ArchivedDocument(language, ArchivedDocument.Kind.HTML,
                    NoticeHtml.document(signed.notice(), language, meta).getBytes(StandardCharsets.UTF_8)));
        }
        return List.copyOf(documents);
    }
}
