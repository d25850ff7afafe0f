package fi.seloste.oldnotice;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file an old notice is read from, told by the file name's ending. */
public enum OldNoticeFormat {
    TEXT, HTML, PDF, DOCX;

    public static Optional<OldNoticeFormat> of(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (n.endsWith(".docx")) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }
}
