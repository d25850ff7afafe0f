package fi.seloste.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value the client file's database refused to store (too long for its column, out of range, not one of the
 * values a column allows), and where in the notice it belongs, named as the interchange format names it (e.g.
 * {@code registers[].dataCategories[].catalogKey}), so that a message can say which value it was. Read from H2's
 * error, which names the column and the statement; the table is mapped to its place in the notice here.
 */
public record RefusedValue(String where, Reason reason) {

    /** What was wrong with the value. */
    public enum Reason {
        /** Longer than its column. */
        TOO_LONG,
        /** A number outside the range the file holds. */
        OUT_OF_RANGE,
        /** Not one of the values the column allows, a duplicate, or missing where one is required. */
        NOT_ALLOWED
    }

    private static final Pattern COLUMN = Pattern.compile(
            "(?:for column \"|in column \"|: \"\")([A-Z0-9_]+)");
    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:insert into|update|merge into|delete from)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?");
    private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("_(FI|SV|EN)$");

    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("CONTROLLER", "notice.controller"),
            Map.entry("PRIVACY_CONTACT", "notice.contactPerson"),
            Map.entry("NOTICE_SETTINGS", "notice.settings"),
            Map.entry("REGISTER", "notice.registers[]"),
            Map.entry("PURPOSE", "notice.registers[].purposes[]"),
            Map.entry("DATA_SUBJECT_GROUP", "notice.registers[].dataSubjects[]"),
            Map.entry("DATA_CATEGORY", "notice.registers[].dataCategories[]"),
            Map.entry("DATA_SOURCE", "notice.registers[].sources[]"),
            Map.entry("SYSTEM_USE", "notice.registers[].systems[]"),
            Map.entry("RECIPIENT", "notice.registers[].recipients[]"),
            Map.entry("TRANSFER", "notice.registers[].systems[].transfers[]"),
            Map.entry("RETENTION_RULE", "notice.registers[].retention[]"),
            Map.entry("SECURITY_MEASURE", "notice.registers[].security.measures[]"),
            Map.entry("COOKIE", "notice.registers[].cookies.inventory[]"),
            Map.entry("SIGN_OFF", "signOffs[]"),
            Map.entry("SIGN_OFF_DOCUMENT", "signOffs[]"));

    /** A value the store itself refuses before the database sees it. */
    static final class Refusal extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient RefusedValue value;

        Refusal(String where, Reason reason, String message) {
            super(message);
            this.value = new RefusedValue(where, reason);
        }
    }

    /** The refused value behind a failure, if the database or the store refused one; empty for any other failure. */
    public static Optional<RefusedValue> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return Optional.of(refusal.value);
            }
            if (t instanceof SQLException sql) {
                Optional<Reason> reason = reason(sql);
                if (reason.isPresent()) {
                    return Optional.of(new RefusedValue(where(String.valueOf(sql.getMessage())), reason.get()));
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Data exceptions (SQLSTATE class 22) and integrity constraints (class 23) are about a value, not the disk. */
    static Optional<Reason> reason(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.equals("22001")) {
            return Optional.of(Reason.TOO_LONG);
        }
        if (state.equals("22003") || state.equals("22004")) {
            return Optional.of(Reason.OUT_OF_RANGE);
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return Optional.of(Reason.NOT_ALLOWED);
        }
        return Optional.empty();
    }

    private static String where(String message) {
        // The statement comes after the refused value, which may hold any text the owner typed.
        int statement = message.lastIndexOf("SQL statement:");
        Matcher table = TABLE.matcher(statement < 0 ? "" : message.substring(statement));
        String place = table.find() ? PLACES.getOrDefault(table.group(1).toUpperCase(Locale.ROOT),
                table.group(1).toLowerCase(Locale.ROOT)) : "notice";
        Matcher column = COLUMN.matcher(message);
        return column.find() ? place + "." + property(column.group(1)) : place;
    }

    /** NAME_FI becomes name.fi, CATALOG_KEY catalogKey. */
    static String property(String column) {
        Matcher language = LANGUAGE_SUFFIX.matcher(column);
        boolean localized = language.find();
        String base = localized ? column.substring(0, language.start()) : column;
        StringBuilder name = new StringBuilder();
        for (String part : base.toLowerCase(Locale.ROOT).split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return localized ? name + "." + language.group(1).toLowerCase(Locale.ROOT) : name.toString();
    }
}
