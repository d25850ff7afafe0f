package fi.seloste.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Provision;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;

/**
 * What a register template offers: its name, the purposes, sources and retention rules it suggests, and the data
 * subject and data category checklists with the options that start ticked. identityCodeReason is the suggested
 * reason for processing henkilötunnus, given when the template offers it; provision is null for BLANK.
 */
public record RegisterTemplateContent(RegisterTemplate template, LocalizedText name, LocalizedText description,
                                      List<PurposeSuggestion> purposes, List<SubjectOption> dataSubjects,
                                      List<CategoryOption> dataCategories, LocalizedText identityCodeReason,
                                      List<SourceSuggestion> sources, List<RetentionSuggestion> retention,
                                      ProvisionSuggestion provision) {

    public RegisterTemplateContent {
        Require.present(template, "template");
        String where = "template " + template + ": ";
        Require.localized(name, where + "name");
        Require.localized(description, where + "description");
        purposes = Require.list(purposes, where + "purposes");
        dataSubjects = Require.list(dataSubjects, where + "dataSubjects");
        dataCategories = Require.list(dataCategories, where + "dataCategories");
        Require.localizedOrNull(identityCodeReason, where + "identityCodeReason");
        sources = Require.list(sources, where + "sources");
        retention = Require.list(retention, where + "retention");
        Require.that(provision != null || template == RegisterTemplate.BLANK, where + "provision is missing");
        Require.that(offersIdentityCode(dataCategories) == (identityCodeReason != null),
                where + "identityCodeReason is given exactly when the template offers " + DataCategory.PERSONAL_IDENTITY_CODE);
        requireUniqueKeys(dataSubjects.stream().map(SubjectOption::key).toList(), where + "data subject");
        requireUniqueKeys(dataCategories.stream().map(CategoryOption::key).toList(), where + "data category");
    }

    /** A new register as the owner starts it from this template: suggestions filled in, preselected options ticked. */
    public Register newRegister(long id) {
        List<DataCategory> categories = dataCategories.stream()
                .filter(CategoryOption::preselected).map(CategoryOption::toDataCategory).toList();
        boolean identityCodeChosen = categories.stream()
                .anyMatch(c -> DataCategory.PERSONAL_IDENTITY_CODE.equals(c.catalogKey()));
        return new Register(id, template, name, description,
                purposes.stream().map(PurposeSuggestion::toPurpose).toList(),
                dataSubjects.stream().filter(SubjectOption::preselected).map(SubjectOption::toDataSubjectGroup).toList(),
                categories,
                identityCodeChosen ? identityCodeReason : LocalizedText.EMPTY,
                sources.stream().filter(SourceSuggestion::preselected).map(SourceSuggestion::toDataSource).toList(),
                List.of(),
                List.of(),
                retention.stream().map(RetentionSuggestion::toRetentionRule).toList(),
                AutomatedDecisions.NONE,
                provision == null ? Provision.NOT_STATED : provision.toProvision(),
                Answer.NOT_ANSWERED,
                Answer.NOT_ANSWERED);
    }

    private static boolean offersIdentityCode(List<CategoryOption> options) {
        return options.stream().anyMatch(o -> DataCategory.PERSONAL_IDENTITY_CODE.equals(o.key()));
    }

    private static void requireUniqueKeys(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            Require.that(seen.add(key), what + " key used twice: " + key);
        }
    }
}
