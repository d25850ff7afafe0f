package fi.seloste.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.oldnotice.FactField;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OutdatedStatement;
import fi.seloste.oldnotice.PlacedFact;
import fi.seloste.oldnotice.RetentionValue;
import fi.seloste.oldnotice.UnplacedStatement;

/**
 * What was read from an old notice, as the lines the command prints: each placed value with its field and the
 * sentence it came from, each sentence not placed, each statement the law no longer supports and why.
 */
final class OldNoticeReport {

    private OldNoticeReport() {
    }

    static String of(OldNoticeReading reading, CliText text) {
        ResourceBundle notice = ResourceBundle.getBundle("fi.seloste.export.notice", text.language().locale());
        StringBuilder lines = new StringBuilder();
        lines.append(text.get("importNotice.placed", reading.placed().size())).append('\n');
        for (PlacedFact fact : reading.placed()) {
            lines.append(text.get("importNotice.placedLine", text.get(fieldKey(fact.field())),
                    value(fact, text, notice), fact.sentence())).append('\n');
        }
        lines.append(text.get("importNotice.unplaced", reading.unplaced().size())).append('\n');
        for (UnplacedStatement statement : reading.unplaced()) {
            lines.append(text.get("importNotice.unplacedLine", statement.sentence(),
                    text.get("importNotice.unplacedReason." + statement.reason().name()))).append('\n');
        }
        lines.append(text.get("importNotice.outdated", reading.outdated().size())).append('\n');
        for (OutdatedStatement statement : reading.outdated()) {
            lines.append(text.get("importNotice.outdatedLine", statement.sentence(),
                    text.get("importNotice.outdatedReason." + statement.reason().name()))).append('\n');
        }
        return lines.toString().stripTrailing();
    }

    /** A text value as the notice wrote it; a choice in the words the exported notice uses for it. */
    private static String value(PlacedFact fact, CliText text, ResourceBundle notice) {
        return switch (fact.field()) {
            case LEGAL_BASIS -> notice.getString("LegalBasis." + fact.value());
            case SOURCE -> notice.getString("SourceKind." + fact.value());
            case SECURITY_MEASURE -> notice.getString("SecurityMeasure." + fact.value());
            case SYSTEM -> Catalogues.system(fact.value()).map(s -> s.name(text.language())).orElse(fact.value());
            case RETENTION -> retention(RetentionValue.parse(fact.value()), notice, text);
            case TRANSFERS_OUTSIDE_EEA, OTHER_DISCLOSURES, COOKIES_USED, AUTOMATED_DECISIONS, PROFILING ->
                    text.get("importNotice.answer." + fact.value());
            case RECIPIENT_TRANSFER -> {
                String[] parts = fact.value().split("\\|");
                String to = parts[0] + ": " + fi.seloste.domain.Country.name(parts[1], text.language());
                yield parts.length > 2 ? to + " (" + notice.getString("TransferSafeguard." + parts[2]) + ")" : to;
            }
            case COOKIE_CATEGORY, COOKIE_LIFETIME -> {
                int bar = fact.value().indexOf('|');
                String detail = fact.value().substring(bar + 1);
                yield fact.value().substring(0, bar) + ": "
                        + (fact.field() == FactField.COOKIE_CATEGORY ? notice.getString("CookieCategory." + detail) : detail);
            }
            default -> fact.value();
        };
    }

    private static String retention(RetentionValue retention, ResourceBundle notice, CliText text) {
        String pattern = notice.getString("RetentionCriterion." + retention.criterion().name());
        String words = new MessageFormat(pattern, text.language().locale())
                .format(new Object[] {retention.years() == null ? 0 : retention.years()}).strip();
        if (words.endsWith(":")) {
            words = words.substring(0, words.length() - 1);
        }
        return words.isEmpty() ? retention.criterion().name() : words;
    }

    /** Every field has a label in the bundles (checked by a test). */
    static String fieldKey(FactField field) {
        return "importNotice.field." + field.name();
    }
}
