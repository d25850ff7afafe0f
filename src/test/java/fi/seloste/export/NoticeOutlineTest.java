package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.seeds.SeedNotices;
import fi.seloste.testing.SampleNotices;

import org.junit.jupiter.api.Test;

class NoticeOutlineTest {

    @Test
    void sectionsFollowTheFinnishOrder() {
        Notice notice = SampleNotices.withSharedSections(Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(),
                SampleNotices.dataProtectionOfficer(), SampleNotices.settings(), List.of(SampleNotices.patientRegister(1))));
        List<String> titles = NoticeOutline.of(notice, Language.FI).stream().map(Section::title).toList();
        assertThat(titles).as("the business's systems before the registers, its security and cookies after them")
                .containsExactly("Johdanto", "Rekisterinpitäjä", "Yhteyshenkilö rekisteriä koskevissa asioissa",
                "Tietosuojavastaava", "Järjestelmät ja palvelut, joilla tietoja käsitellään", "Flowest asiakastietorekisteri",
                "Tietojen suojauksen periaatteet", "Evästeet ja analytiikka", "Rekisteröidyn oikeudet");
        List<String> registerParts = NoticeOutline.of(notice, Language.FI).get(5).subsections().stream().map(Section::title).toList();
        assertThat(registerParts).containsExactly("Henkilötietojen käsittelyn tarkoitus ja oikeusperuste",
                "Rekisteröidyt ja rekisterin tietosisältö", "Säännönmukaiset tietolähteet",
                "Tietojen vastaanottajat ja siirrot EU- ja ETA-alueen ulkopuolelle", "Tietojen säilytysaika",
                "Automatisoidut yksittäispäätökset ja profilointi");
    }

    @Test
    void theRightsThatApplyFollowTheLegalBases() {
        NoticeWording w = new NoticeWording(Language.FI);
        assertThat(rights(LegalBasis.CONTRACT)).contains(w.text("rights.portability"))
                .doesNotContain(w.text("rights.objection"), w.text("rights.withdrawConsent"));
        assertThat(rights(LegalBasis.LEGITIMATE_INTERESTS)).contains(w.text("rights.objection"))
                .doesNotContain(w.text("rights.portability"));
        assertThat(rights(LegalBasis.CONSENT)).contains(w.text("rights.withdrawConsent"), w.text("rights.portability"));
        assertThat(rights(LegalBasis.CONSENT)).anyMatch(r -> r.contains("(tietosuoja-asetuksen 7 artiklan 3 kohta)"))
                .anyMatch(r -> r.contains("(tietosuoja-asetuksen 20 artikla)"));
    }

    @Test
    void theComplaintNamesTheCurrentAuthorityAddressInEachLanguage() {
        Notice notice = Notice.EMPTY;
        assertThat(items(NoticeOutline.of(notice, Language.FI))).contains("Käyntiosoite: Lintulahdenkuja 4, 00530 Helsinki")
                .noneMatch(line -> line.contains("Ratapihantie"));
        assertThat(items(NoticeOutline.of(notice, Language.SV))).contains("Besöksadress: Fågelviksgränden 4, 00530 Helsingfors");
    }

    @Test
    void ownerTextMissingInALanguageFallsBackToFinnish() {
        Register register = Register.empty(1, RegisterTemplate.CUSTOMERS, LocalizedText.finnish("Asiakasrekisteri"));
        Notice notice = Notice.withoutSharedSections(SampleNotices.controller(), null, null, SampleNotices.settings(), List.of(register));
        assertThat(NoticeOutline.of(notice, Language.EN)).extracting(Section::title).contains("Asiakasrekisteri");
    }

    @Test
    void bothSeedsOutlineWithoutGapsOrErrors() {
        for (Notice seed : List.of(SeedNotices.physiotherapy(), SeedNotices.beautySalon())) {
            for (Language language : Language.values()) {
                List<Section> outline = NoticeOutline.of(seed, language);
                assertThat(outline).isNotEmpty();
                assertThat(items(outline)).allSatisfy(line -> assertThat(line).isNotBlank());
            }
        }
    }

    private static List<String> rights(LegalBasis basis) {
        Register register = Register.empty(1, RegisterTemplate.CUSTOMERS, LocalizedText.finnish("R"))
                .toBuilder().purposes(List.of(new Purpose(LocalizedText.finnish("p"), basis, LocalizedText.EMPTY))).build();
        Notice notice = Notice.withoutSharedSections(SampleNotices.controller(), null, null, SampleNotices.settings(), List.of(register));
        List<Section> outline = NoticeOutline.of(notice, Language.FI);
        return items(List.of(outline.get(outline.size() - 1)));
    }

    private static List<String> items(List<Section> sections) {
        return sections.stream()
                .flatMap(s -> java.util.stream.Stream.concat(s.blocks().stream(), s.subsections().stream().flatMap(x -> x.blocks().stream())))
                .filter(b -> b instanceof Section.Items)
                .flatMap(b -> ((Section.Items) b).items().stream())
                .toList();
    }
}
