package fi.seloste.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Rekisterin suojauksen periaatteet: checked measures plus the owner's own words for paper and electronic data. */
public record Security(Set<SecurityMeasure> measures, LocalizedText paperText, LocalizedText electronicText) {

    public static final Security NONE = new Security(Set.of(), LocalizedText.EMPTY, LocalizedText.EMPTY);

    public Security {
        measures = measures == null || measures.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(measures));
        paperText = Objects.requireNonNullElse(paperText, LocalizedText.EMPTY);
        electronicText = Objects.requireNonNullElse(electronicText, LocalizedText.EMPTY);
    }
}
