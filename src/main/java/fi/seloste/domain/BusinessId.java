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
