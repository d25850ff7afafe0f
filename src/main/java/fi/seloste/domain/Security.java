package fi.seloste.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Rekisterin suojauksen periaatteet: checked measures plus the owner's own words for paper data, electronic data,
 * and people and practices (confidentiality agreements, how a breach is told).
 */
public record Security(Set<SecurityMeasure> measures, LocalizedText paperText, LocalizedText electronicText,
                       LocalizedText organisationalText) {

    public static final Security NONE = new Security(Set.of(), LocalizedText.EMPTY, LocalizedText.EMPTY);

    public Security(Set<SecurityMeasure> measures, LocalizedText paperText, LocalizedText electronicText) {
        this(measures, paperText, electronicText, LocalizedText.EMPTY);
    }

    public Security {
        measures = measures == null || measures.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(measures));
        paperText = Objects.requireNonNullElse(paperText, LocalizedText.EMPTY);
        electronicText = Objects.requireNonNullElse(electronicText, LocalizedText.EMPTY);
        organisationalText = Objects.requireNonNullElse(organisationalText, LocalizedText.EMPTY);
    }

    public Security withMeasures(Set<SecurityMeasure> value) {
        return new Security(value, paperText, electronicText, organisationalText);
    }

    public Security withPaperText(LocalizedText value) {
        return new Security(measures, value, electronicText, organisationalText);
    }

    public Security withElectronicText(LocalizedText value) {
        return new Security(measures, paperText, value, organisationalText);
    }

    public Security withOrganisationalText(LocalizedText value) {
        return new Security(measures, paperText, electronicText, value);
    }
}
