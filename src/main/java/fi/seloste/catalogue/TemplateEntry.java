package fi.seloste.catalogue;

import java.util.List;
import java.util.Map;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.RegisterTemplate;

/** One template as register-templates.json writes it: data categories by key into the file's category list. */
record TemplateEntry(RegisterTemplate template, LocalizedText name, LocalizedText description,
                     List<PurposeSuggestion> purposes, List<SubjectOption> dataSubjects,
                     List<CategoryReference> dataCategories, LocalizedText identityCodeReason,
                     List<SourceSuggestion> sources, List<RetentionSuggestion> retention,
                     ProvisionSuggestion provision) {

    TemplateEntry {
        Require.present(template, "template");
        dataCategories = Require.list(dataCategories, "template " + template + ": dataCategories");
    }

    RegisterTemplateContent resolve(Map<String, CatalogueCategory> categoriesByKey) {
        List<CategoryOption> options = dataCategories.stream()
                .map(reference -> CategoryOption.of(categoriesByKey.get(reference.key()), reference))
                .toList();
        return new RegisterTemplateContent(template, name, description, purposes, dataSubjects, options,
                identityCodeReason, sources, retention, provision);
    }
}
