package fi.seloste.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

class NoticeComparisonTest {

    private static final Notice BEFORE = SeedNotices.physiotherapy();

    @Test
    void theSameVersionHasNoChanges() {
        assertThat(NoticeComparison.changes(BEFORE, SeedNotices.physiotherapy())).isEmpty();
    }

    @Test
    void aNewUsSystemIsANewSystemAndANewTransferBothFundamental() {
        SystemUse mailchimp = new SystemUse("mailchimp", "Mailchimp", "Intuit Inc.", LocalizedText.finnish("Uutiskirje"),
                ProcessingRole.PROCESSOR, LocalizedText.finnish("Yhdysvallat"), List.of(new Transfer("US", TransferSafeguard.EU_US_DATA_PRIVACY_FRAMEWORK)),
                "https://mailchimp.com/legal/privacy/", null);
        Notice after = BEFORE.withSystemAdded(mailchimp, java.util.Set.of(BEFORE.registers().get(0).id()));

        List<Change> changes = NoticeComparison.changes(BEFORE, after);

        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.SYSTEM_ADDED, ChangeKind.TRANSFER_ADDED);
        assertThat(changes).allMatch(c -> c.kind().fundamental());
        assertThat(changes.get(1).message(Language.FI))
                .isEqualTo("Flowest asiakastietorekisteri: uusi siirto EU- ja ETA-alueen ulkopuolelle: Mailchimp → Yhdysvallat.");
    }

    @Test
    void aChangedBasisReadsAsOnePurposeRemovedAndOneAdded() {
        Notice after = changeRegister(r -> r.toBuilder().purposes(r.purposes().stream()
                .map(p -> new Purpose(p.description(), LegalBasis.CONTRACT, LocalizedText.EMPTY)).toList()).build());
        assertThat(NoticeComparison.changes(BEFORE, after)).extracting(Change::kind)
                .containsExactlyInAnyOrder(ChangeKind.PURPOSE_ADDED, ChangeKind.PURPOSE_REMOVED);
    }

    @Test
    void retentionAndRegistersAddedOrRemovedAreNamed() {
        Notice changedRetention = changeRegister(r -> r.toBuilder().retention(List.of(new RetentionRule(LocalizedText.EMPTY,
                RetentionCriterion.ACCOUNTING_BOOKS, null, LocalizedText.EMPTY))).build());
        assertThat(NoticeComparison.changes(BEFORE, changedRetention)).extracting(Change::kind)
                .containsExactly(ChangeKind.RETENTION_CHANGED);

        Register newsletter = Register.empty(99, RegisterTemplate.MARKETING_AND_NEWSLETTER, LocalizedText.finnish("Uutiskirje"));
        Notice withNewsletter = BEFORE.withRegisters(add(BEFORE.registers(), newsletter));
        assertThat(NoticeComparison.changes(BEFORE, withNewsletter)).singleElement()
                .satisfies(c -> assertThat(c.message(Language.EN)).isEqualTo("New register: Uutiskirje."));
        assertThat(NoticeComparison.changes(withNewsletter, BEFORE)).singleElement()
                .satisfies(c -> assertThat(c.message(Language.SV)).isEqualTo("Registret togs bort: Uutiskirje."));
    }

    @Test
    void everyKindHasItsWordsInFinnishSwedishAndEnglish() {
        for (ChangeKind kind : ChangeKind.values()) {
            for (Language language : Language.values()) {
                String text = new Change(kind, List.of("R", "X")).message(language);
                assertThat(text).as("%s in %s", kind, language).isNotBlank().doesNotContain("{").doesNotContain("''");
            }
            assertThat(kind.name().toLowerCase(Locale.ROOT)).isNotBlank();
        }
    }

    private static Notice changeRegister(java.util.function.UnaryOperator<Register> change) {
        List<Register> registers = new ArrayList<>(BEFORE.registers());
        registers.set(0, change.apply(registers.get(0)));
        return BEFORE.withRegisters(registers); // the business's systems, security and cookies stay as they were
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
