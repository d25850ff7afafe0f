package fi.seloste.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.catalogue.CategoryOption;
import fi.seloste.catalogue.RegisterTemplateContent;
import fi.seloste.catalogue.SourceSuggestion;
import fi.seloste.catalogue.SubjectOption;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionRule;

/** Small building blocks the sample notices share: owner text in three languages, catalogue look-ups, dates. */
final class SampleParts {

    /** The day the samples were completed, signed-off-ready; also the notices' drawn-up and last-updated date. */
    static final LocalDate COMPLETED_ON = LocalDate.of(2026, 12, 2);

    /** The owner reads the notice through once a year. */
    static final LocalDate NEXT_REVIEW = LocalDate.of(2027, 12, 1);

    static final Set<Language> ALL_LANGUAGES = EnumSet.allOf(Language.class);

    private SampleParts() {
    }

    /** Owner text as she writes it in the wizard: Finnish, Finland-Swedish, plain English. */
    static LocalizedText t(String fi, String sv, String en) {
        return new LocalizedText(fi, sv, en);
    }

    static NoticeSettings settings(LocalizedText rightsInstructions) {
        return new NoticeSettings(ALL_LANGUAGES, NEXT_REVIEW, LocalizedText.EMPTY, rightsInstructions,
                COMPLETED_ON, COMPLETED_ON);
    }

    static CatalogueSystem catalogueSystem(String id) {
        return Catalogues.systems().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalogue system " + id));
    }

    static RegisterTemplateContent template(RegisterTemplate template) {
        return Catalogues.templates().get(template);
    }

    static Purpose templatePurpose(RegisterTemplate template, int index) {
        return template(template).purposes().get(index).toPurpose();
    }

    static RetentionRule templateRetention(RegisterTemplate template, int index) {
        return template(template).retention().get(index).toRetentionRule();
    }

    static DataSource templateSource(RegisterTemplate template, fi.seloste.domain.SourceKind kind) {
        return template(template).sources().stream().filter(s -> s.kind() == kind).findFirst()
                .map(SourceSuggestion::toDataSource).orElseThrow();
    }

    /** The template's category options with these keys ticked, in the checklist's order. */
    static List<DataCategory> tickedCategories(RegisterTemplate template, Set<String> alsoTicked) {
        List<DataCategory> result = new ArrayList<>();
        for (CategoryOption option : template(template).dataCategories()) {
            if (option.preselected() || alsoTicked.contains(option.key())) {
                result.add(option.toDataCategory());
            }
        }
        return result;
    }

    static List<DataSubjectGroup> tickedSubjects(RegisterTemplate template, Set<String> alsoTicked) {
        List<DataSubjectGroup> result = new ArrayList<>();
        for (SubjectOption option : template(template).dataSubjects()) {
            if (option.preselected() || alsoTicked.contains(option.key())) {
                result.add(option.toDataSubjectGroup());
            }
        }
        return result;
    }

    static List<DataSource> tickedSources(RegisterTemplate template, Set<fi.seloste.domain.SourceKind> alsoTicked) {
        List<DataSource> result = new ArrayList<>();
        for (SourceSuggestion option : template(template).sources()) {
            if (option.preselected() || alsoTicked.contains(option.kind())) {
                result.add(option.toDataSource());
            }
        }
        return result;
    }
}
