package fi.seloste.export;

import java.time.LocalDate;
import java.time.ZoneId;

import fi.seloste.domain.SignOff;

/**
 * What the exported notice says about itself in its footer and metadata: the date it was drafted or last changed,
 * its version number, and for a signed version the sign-off (signer, role, SHA-256), which adds a sign-off block.
 * All are optional (null). The date is also the PDF's creation and modification date, so that the same notice with
 * the same meta always gives the same bytes.
 */
public record NoticeMeta(LocalDate date, Integer version, SignOff signOff) {

    /** No date, no version: the footer line is left out. */
    public static final NoticeMeta NONE = new NoticeMeta(null, null);

    public NoticeMeta(LocalDate date, Integer version) {
        this(date, version, null);
    }

    /** A signed version as it is exported: dated on its sign-off day (in Finland), with its number and block. */
    public static NoticeMeta signed(SignOff signOff) {
        return new NoticeMeta(signOff.signedAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate(), signOff.version(), signOff);
    }

    public NoticeMeta {
        if (version != null && version < 0) {
            throw new IllegalArgumentException("version must not be negative: " + version);
        }
    }
}
