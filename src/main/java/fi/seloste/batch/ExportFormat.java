package fi.seloste.batch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import fi.seloste.export.NoticeExport;

/**
 * What an export of client files can write ({@code seloste export --format}, the client overview's batch export).
 * json holds the whole client file, in every language.
 */
public enum ExportFormat {
    PDF("pdf", NoticeExport.Format.PDF),
    HTML("html", NoticeExport.Format.HTML),
    FRAGMENT("fragment", NoticeExport.Format.HTML_FRAGMENT),
    RECORD_PDF("record-pdf", NoticeExport.Format.RECORD_PDF),
    RECORD_HTML("record-html", NoticeExport.Format.RECORD_HTML),
    RECORD_XLSX("record-xlsx", NoticeExport.Format.RECORD_XLSX),
    JSON("json", null);

    private final String token;
    private final NoticeExport.Format document;

    ExportFormat(String token, NoticeExport.Format document) {
        this.token = token;
        this.document = document;
    }

    public Optional<NoticeExport.Format> document() {
        return Optional.ofNullable(document);
    }

    public String token() {
        return token;
    }

    public static Optional<ExportFormat> fromToken(String token) {
        String wanted = token.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.token.equals(wanted)).findFirst();
    }

    public static String tokens() {
        return Arrays.stream(values()).map(f -> f.token).collect(Collectors.joining(", "));
    }
}
