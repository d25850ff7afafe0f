package fi.seloste.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Notice-wide settings: the languages it is published in, when it is next reviewed, the owner's introduction and
 * her instructions for exercising rights (e.g. where to send requests), which the notice prints after its own.
 * drawnUp and lastUpdated are the notice's own dates as the owner gives them; each date is null until set.
 */
public record NoticeSettings(Set<Language> languages, LocalDate nextReview, LocalizedText introduction,
                             LocalizedText rightsInstructions, LocalDate drawnUp, LocalDate lastUpdated) {

    public static final NoticeSettings DEFAULT =
            new NoticeSettings(Set.of(Language.FI), null, LocalizedText.EMPTY, LocalizedText.EMPTY, null, null);

    public NoticeSettings {
        languages = languages == null || languages.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.of(Language.FI))
                : Collections.unmodifiableSet(EnumSet.copyOf(languages));
        introduction = Objects.requireNonNullElse(introduction, LocalizedText.EMPTY);
        rightsInstructions = Objects.requireNonNullElse(rightsInstructions, LocalizedText.EMPTY);
    }

    public NoticeSettings(Set<Language> languages, LocalDate nextReview, LocalizedText introduction,
                          LocalizedText rightsInstructions) {
        this(languages, nextReview, introduction, rightsInstructions, null, null);
    }

    public NoticeSettings withDates(LocalDate newDrawnUp, LocalDate newLastUpdated) {
        return new NoticeSettings(languages, nextReview, introduction, rightsInstructions, newDrawnUp, newLastUpdated);
    }
}
