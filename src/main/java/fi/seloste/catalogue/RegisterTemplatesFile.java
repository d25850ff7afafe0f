package fi.seloste.catalogue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.seloste.domain.RegisterTemplate;

/** register-templates.json as written: the data categories once, then every template, each exactly once. */
record RegisterTemplatesFile(List<CatalogueCategory> dataCategories, List<TemplateEntry> templates) {

    RegisterTemplatesFile {
        dataCategories = Require.list(dataCategories, "dataCategories");
        templates = Require.list(templates, "templates");
        Map<String, CatalogueCategory> byKey = byKey(dataCategories);
        Require.that(byKey.size() == dataCategories.size(), "a data category key is defined twice");
        for (TemplateEntry entry : templates) {
            for (CategoryReference reference : entry.dataCategories()) {
                Require.that(byKey.containsKey(reference.key()),
                        "template " + entry.template() + " refers to an undefined data category: " + reference.key());
            }
        }
        Map<RegisterTemplate, Long> counts = templates.stream()
                .collect(Collectors.groupingBy(TemplateEntry::template, Collectors.counting()));
        for (RegisterTemplate template : RegisterTemplate.values()) {
            Require.that(counts.getOrDefault(template, 0L) == 1, "template " + template + " must appear exactly once");
        }
    }

    /** The categories, and every template with its category keys resolved, in enum order. */
    TemplateCatalogue toCatalogue() {
        Map<String, CatalogueCategory> byKey = byKey(dataCategories);
        Map<RegisterTemplate, RegisterTemplateContent> contents = new EnumMap<>(RegisterTemplate.class);
        for (TemplateEntry entry : templates) {
            contents.put(entry.template(), entry.resolve(byKey));
        }
        return new TemplateCatalogue(dataCategories, Collections.unmodifiableMap(contents));
    }

    private static Map<String, CatalogueCategory> byKey(List<CatalogueCategory> categories) {
        return categories.stream().collect(Collectors.toMap(CatalogueCategory::key, Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }
}
