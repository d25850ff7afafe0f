package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.Register;

import org.junit.jupiter.api.Test;

/**
 * Whatever the owner takes from Seloste's catalogues is within the limits (docs/decisions/0016), so the wizard never
 * starts her off over one: every template's suggestions and options, every category and every system, as a system
 * or as the recipient a statutory entry becomes.
 */
class CatalogueWithinLimitsTest {

    @Test
    void everyTemplateOptionCategoryAndSystemIsWithinTheLimits() {
        List<Register> registers = new ArrayList<>();
        long id = 1;
        for (RegisterTemplateContent content : Catalogues.templates().values()) {
            Register register = content.newRegister(id++);
            registers.add(register.toBuilder()
                    .dataSubjects(content.dataSubjects().stream().map(SubjectOption::toDataSubjectGroup).toList())
                    .dataCategories(content.dataCategories().stream().map(CategoryOption::toDataCategory).toList())
                    .identityCodeReason(content.identityCodeReason() == null ? register.identityCodeReason()
                            : content.identityCodeReason())
                    .sources(content.sources().stream().map(SourceSuggestion::toDataSource).toList())
                    .build());
        }
        Register systems = registers.get(0).toBuilder().id(id)
                .dataCategories(Catalogues.dataCategories().stream()
                        .map(c -> new fi.seloste.domain.DataCategory(c.key(), c.label(), c.specialCategory(), null)).toList())
                .recipients(Catalogues.systems().stream().map(CatalogueSystem::toRecipient).toList())
                .build();
        registers.add(systems);
        Notice everything = fi.seloste.testing.OwnSections.onlySystems(
                Notice.withoutSharedSections(Notice.EMPTY.controller(), null, null, Notice.EMPTY.settings(), registers),
                Catalogues.systems().stream().map(CatalogueSystem::toSystemUse).toList());

        assertThat(NoticeLimits.excesses(everything)).isEmpty();
        Register withKeys = everything.registers().get(everything.registers().size() - 1);
        assertThat(withKeys.id()).isEqualTo(systems.id());
        assertThat(everything.systemsOf(withKeys)).as("every catalogue system, used by the register")
                .hasSizeGreaterThan(40).containsExactlyElementsOf(everything.systems());
    }
}
