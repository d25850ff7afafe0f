package fi.seloste.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Finnish business ID (Y-tunnus), NNNNNNN-C. The check digit C follows from the seven digits weighted
 * 7, 9, 10, 5, 8, 4, 2: r = sum mod 11; r = 0 gives 0, r = 1 has no valid ID, otherwise C = 11 - r.
 * An old six-digit ID is read with one leading zero.
 */
public final class BusinessId {

    private static final Pattern FORM = Pattern.compile("(\\d{6,7})-(\\d)");
    /** Seven digits and the check digit with the dash left out, or a space in its place. */
    private static final Pattern WITHOUT_DASH = Pattern.compile("(\\d{7}) ?(\\d)");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    /** The ID in its canonical seven-digit form if it is valid, after trimming blanks and padding an old ID. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(typed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1).length() == 6 ? "0" + m.group(1) : m.group(1);
        return checkDigit(digits)
                .filter(c -> c == m.group(2).charAt(0) - '0')
                .map(c -> digits + "-" + c);
    }

    /** What is wrong with a typed ID, so that a message can say it; empty when it is valid. */
    public enum Flaw {
        /** Eight digits (or seven, a space and one): only the dash before the check digit is missing. */
        MISSING_DASH,
        /** The form is right, but the check digit does not follow from the seven digits: a digit is mistyped. */
        CHECK_DIGIT,
        /** Not seven digits, a dash and a digit at all. */
        FORM
    }

    public static Optional<Flaw> flaw(String typed) {
        if (isValid(typed)) {
            return Optional.empty();
        }
        String t = typed == null ? "" : typed.strip();
        if (WITHOUT_DASH.matcher(t).matches()) {
            return Optional.of(Flaw.MISSING_DASH);
        }
        return Optional.of(FORM.matcher(t).matches() ? Flaw.CHECK_DIGIT : Flaw.FORM);
    }

    /**
     * "12345678" or "1234567 8" written as "1234567-8", the form the Trade Register uses; whether the check digit is
     * right is not judged here. Empty for anything else, which is left as typed.
     */
    public static Optional<String> withDash(String typed) {
        Matcher m = WITHOUT_DASH.matcher(typed == null ? "" : typed.strip());
        return m.matches() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    public static boolean isValid(String typed) {
        return canonical(typed).isPresent();
    }

    /** The check digit for seven digits, or empty when no valid ID exists with that base (remainder 1). */
    static Optional<Integer> checkDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (sevenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int r = sum % 11;
        if (r == 1) {
            return Optional.empty();
        }
        return Optional.of(r == 0 ? 0 : 11 - r);
    }
}
