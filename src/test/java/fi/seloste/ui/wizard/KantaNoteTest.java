package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.seeds.SeedNotices;
import org.junit.jupiter.api.Test;

class KantaNoteTest {

    private static Notice with(Register... registers) {
        Notice seed = SeedNotices.beautySalon();
        return Notice.withoutSharedSections(seed.controller(), seed.contactPerson(), seed.dataProtectionOfficer(), seed.settings(), List.of(registers));
    }

    private static Register from(RegisterTemplate template) {
        return Catalogues.templates().get(template).newRegister(1);
    }

    @Test
    void aShopWithoutPatientsIsNotToldAboutKanta() {
        assertThat(KantaNote.relevant(with(from(RegisterTemplate.WEB_SHOP_ORDERS), from(RegisterTemplate.MARKETING_AND_NEWSLETTER)))).isFalse();
        assertThat(KantaNote.relevant(with())).isFalse();
    }

    @Test
    void aRegisterOfPatientsMakesItRelevant() {
        assertThat(KantaNote.relevant(with(from(RegisterTemplate.CUSTOMERS), from(RegisterTemplate.BOOKING_AND_PATIENTS)))).isTrue();
    }

    @Test
    void kantaAmongTheSystemsMakesItRelevant() {
        Register blank = from(RegisterTemplate.BLANK);
        Notice withKanta = with(blank).withSystemAdded(Catalogues.system(KantaNote.CATALOGUE_ID).orElseThrow().toSystemUse(),
                java.util.Set.of(blank.id()));
        assertThat(KantaNote.relevant(with(blank))).isFalse();
        assertThat(KantaNote.relevant(withKanta)).isTrue();
    }

    @Test
    void kantaListedAsARecipientByAnOlderNoticeMakesItRelevant() {
        assertThat(KantaNote.relevant(SeedNotices.physiotherapy())).isTrue();
        assertThat(KantaNote.relevant(SeedNotices.beautySalon())).isFalse();
    }
}
