package fi.seloste.catalogue;

import java.util.List;
import java.util.Map;

import fi.seloste.domain.RegisterTemplate;

/** register-templates.json once read: the shared data categories and the resolved templates. */
record TemplateCatalogue(List<CatalogueCategory> dataCategories,
                         Map<RegisterTemplate, RegisterTemplateContent> templates) {
}
