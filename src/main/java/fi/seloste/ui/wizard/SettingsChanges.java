package fi.seloste.ui.wizard;

import java.time.LocalDate;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeSettings;

/**
 * NoticeSettings with one field changed and every other kept, the notice's dates included (the record's short
 * constructor would drop them).
 */
final class SettingsChanges {

    private SettingsChanges() {
    }

    static NoticeSettings languages(NoticeSettings s, Set<Language> value) {
        return new NoticeSettings(value, s.nextReview(), s.introduction(), s.rightsInstructions(), s.drawnUp(), s.lastUpdated());
    }

    static NoticeSettings nextReview(NoticeSettings s, LocalDate value) {
        return new NoticeSettings(s.languages(), value, s.introduction(), s.rightsInstructions(), s.drawnUp(), s.lastUpdated());
    }

    static NoticeSettings rightsInstructions(NoticeSettings s, LocalizedText value) {
        return new NoticeSettings(s.languages(), s.nextReview(), s.introduction(), value, s.drawnUp(), s.lastUpdated());
    }
}
