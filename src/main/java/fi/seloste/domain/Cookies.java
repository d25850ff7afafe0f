package fi.seloste.domain;

import java.util.Objects;

/** Cookies and analytics (consent under the Act on Electronic Communications Services § 205, supervised by Traficom). */
public record Cookies(boolean used, boolean analytics, LocalizedText description) {

    public static final Cookies NONE = new Cookies(false, false, LocalizedText.EMPTY);

    public Cookies {
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
    }
}
