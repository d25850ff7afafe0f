package fi.seloste.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.record.RecordSpreadsheet;
import fi.seloste.domain.SignedVersion;

/** Writes the notice in the chosen languages and formats into a folder, each file safely (see SafeFiles). */
public final class NoticeExport {

    /** What to write: the archival PDF, the standalone web page, the fragment to paste into a website, or the record. */
    public enum Format {
        PDF(".pdf"), HTML(".html"), HTML_FRAGMENT("-fragment.html"),
        /** The internal record of processing activities (Art. 30), for the controller's files. */
        RECORD_PDF("-record.pdf"), RECORD_HTML("-record.html"),
        /** The record as a spreadsheet, one row per register, for accountants and the authority. */
        RECORD_XLSX("-record.xlsx");

        private final String ending;

        Format(String ending) {
            this.ending = ending;
        }

        /** Whether any of {@code formats} is drawn with the PDF's fonts (which lack some scripts: {@link PdfGlyphs}). */
        public static boolean anyPdf(Set<Format> formats) {
            return formats.contains(PDF) || formats.contains(RECORD_PDF);
        }
    }

    private NoticeExport() {
    }

    /** Returns the files written, in language then format order. */
    public static List<Path> write(Notice notice, Set<Language> languages, Set<Format> formats, Path folder,
                                   String baseName, NoticeMeta meta) throws IOException {
        return write(notice, ProcessingRecord.EMPTY, languages, formats, folder, baseName, meta);
    }

    /** As above, with the record of processing kept beside the notice for the record's formats. */
    public static List<Path> write(Notice notice, ProcessingRecord record, Set<Language> languages, Set<Format> formats,
                                   Path folder, String baseName, NoticeMeta meta) throws IOException {
        return writeAll(documents(notice, record, languages, formats, folder, baseName, meta));
    }

    /**
     * Writes a signed version: the PDF and the web page as they were archived at its sign-off, byte for byte, and
     * what was not archived rendered from its content. A version signed before Seloste kept its documents has none;
     * its documents are rendered with today's wording and say so.
     */
    public static List<Path> writeSigned(SignedVersion signed, List<ArchivedDocument> archived, Set<Language> languages,
                                         Set<Format> formats, Path folder, String baseName) throws IOException {
        return writeSigned(signed, archived, ProcessingRecord.EMPTY, languages, formats, folder, baseName);
    }

    /** As above; a record format prints the record of processing as it is now (the record is never signed). */
    public static List<Path> writeSigned(SignedVersion signed, List<ArchivedDocument> archived, ProcessingRecord record,
                                         Set<Language> languages, Set<Format> formats, Path folder, String baseName)
            throws IOException {
        return writeAll(signedDocuments(signed, archived, record, languages, formats, folder, baseName));
    }

    private static List<Path> writeAll(List<Document> documents) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Document document : documents) {
            SafeFiles.write(document.target(), document.render());
            written.add(document.target());
        }
        return written;
    }

    /** One file of an export, not rendered yet: its place, and how to render it. */
    public record Document(Path target, Language language, Format format,
                           java.util.function.Supplier<byte[]> content) {

        /** Renders the document now (or gives the archived bytes of a signed version). */
        public byte[] render() {
            return content.get();
        }
    }

    /**
     * The documents {@link #write} would write, in the same (language then format) order, each rendered only when
     * asked: for exports that write them one by one and may stop between two (the client overview's batch work).
     */
    public static List<Document> documents(Notice notice, ProcessingRecord record, Set<Language> languages,
                                           Set<Format> formats, Path folder, String baseName, NoticeMeta meta) {
        return documents(notice, record, languages, formats, folder, baseName, meta, List.of());
    }

    /** As above for a signed version, as {@link #writeSigned} writes it. */
    public static List<Document> signedDocuments(SignedVersion signed, List<ArchivedDocument> archived,
                                                 ProcessingRecord record, Set<Language> languages, Set<Format> formats,
                                                 Path folder, String baseName) {
        NoticeMeta meta = NoticeMeta.signedVersion(signed.signOff(), archived);
        return documents(signed.notice(), record, languages, formats, folder, baseName, meta, archived);
    }

    private static List<Document> documents(Notice notice, ProcessingRecord record, Set<Language> languages,
                                            Set<Format> formats, Path folder, String baseName, NoticeMeta meta,
                                            List<ArchivedDocument> archived) {
        List<Document> documents = new ArrayList<>();
        for (Language language : Language.values()) {
            if (!languages.contains(language)) {
                continue;
            }
            for (Format format : Format.values()) {
                if (formats.contains(format)) {
                    Path file = folder.resolve(baseName + "-" + language.tag() + format.ending);
                    Optional<byte[]> kept = archivedAs(archived, language, format);
                    documents.add(new Document(file, language, format, () -> kept.isPresent() ? kept.get() : switch (format) {
                        case PDF -> NoticePdf.render(notice, language, meta);
                        case HTML -> NoticeHtml.document(notice, language, meta).getBytes(StandardCharsets.UTF_8);
                        case HTML_FRAGMENT -> NoticeHtml.fragment(notice, language, meta).getBytes(StandardCharsets.UTF_8);
                        case RECORD_PDF -> RecordOfProcessing.pdf(notice, record, language, meta);
                        case RECORD_HTML -> RecordOfProcessing.html(notice, record, language, meta).getBytes(StandardCharsets.UTF_8);
                        case RECORD_XLSX -> RecordSpreadsheet.xlsx(notice, record, language, meta);
                    }));
                }
            }
        }
        return documents;
    }

    private static Optional<byte[]> archivedAs(List<ArchivedDocument> archived, Language language, Format format) {
        ArchivedDocument.Kind kind = switch (format) {
            case PDF -> ArchivedDocument.Kind.PDF;
            case HTML -> ArchivedDocument.Kind.HTML;
            default -> null;
        };
        return archived.stream().filter(d -> d.language() == language && d.kind() == kind)
                .map(ArchivedDocument::content).findFirst();
    }
}
