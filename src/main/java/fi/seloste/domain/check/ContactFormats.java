package fi.seloste.domain.check;

import java.util.regex.Pattern;

/**
 * Whether an email address, a phone number or a web address looks like one. The same rules as the red fields of
 * the wizard, so that the field and the check agree; an empty value is missing, not malformed, and is not judged
 * here.
 */
public final class ContactFormats {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,20}");
    private static final Pattern WEBSITE = Pattern.compile("(https?://)?[^\\s/]+\\.[^\\s]+");

    private ContactFormats() {
    }

    public static boolean isEmail(String text) {
        return matches(EMAIL, text);
    }

    public static boolean isPhone(String text) {
        return matches(PHONE, text);
    }

    public static boolean isWebsite(String text) {
        return matches(WEBSITE, text);
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text.strip()).matches();
    }
}
