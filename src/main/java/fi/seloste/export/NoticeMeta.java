package fi.seloste.export;

import java.time.LocalDate;

/**
 * What the exported notice says about itself in its footer and metadata: the date it was drafted or last changed,
 * and its version number. Both are optional (null). The date is also the PDF's creation and modification date, so
 * that the same notice with the same meta always gives the same bytes.
 */
public record NoticeMeta(LocalDate date, Integer version) {

    /** No date, no version: the footer line is left out. */
    public static final NoticeMeta NONE = new NoticeMeta(null, null);

    public NoticeMeta {
        if (version != null && version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }
}
