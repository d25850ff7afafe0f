package fi.seloste.domain.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in a message pattern: {n} becomes the n-th value and '' an apostrophe. This is the part of
 * java.text.MessageFormat that the findings bundles use; the domain layer may not depend on java.text.
 */
public final class MessagePattern {

    private static final Pattern TOKEN = Pattern.compile("''|\\{(\\d+)}");

    private MessagePattern() {
    }

    public static String format(String pattern, List<String> values) {
        Matcher token = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String replacement = token.group(1) == null ? "'" : values.get(Integer.parseInt(token.group(1)));
            token.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        token.appendTail(out);
        return out.toString();
    }
}
