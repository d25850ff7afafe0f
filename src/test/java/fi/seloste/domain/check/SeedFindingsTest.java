package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.findingsIn;
import static fi.seloste.domain.check.Checking.findingsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.api.Test;

/** The two real published notices: the check finds what a Finnish data-protection lawyer finds in them. */
class SeedFindingsTest {

    @Test
    void thePhysiotherapyNoticeListsKantaAsARecipientAndLeavesQuestionsUnanswered() {
        Notice seed = SeedNotices.physiotherapy();
        assertThat(findingsIn(seed)).extracting(Finding::rule).contains(
                Rule.KANTA_AS_RECIPIENT,
                Rule.SPECIAL_CATEGORY_WITHOUT_CONDITION,
                Rule.LEGITIMATE_INTEREST_NOT_WRITTEN,
                Rule.PROVISION_NOT_STATED,
                Rule.TRANSFERS_NOT_ANSWERED,
                Rule.OTHER_DISCLOSURES_NOT_ANSWERED,
                Rule.COOKIES_NOT_ANSWERED);
        assertThat(findingsIn(seed)).extracting(Finding::rule).doesNotContain(
                Rule.AUTOMATED_DECISIONS_NOT_ANSWERED, Rule.PROFILING_NOT_ANSWERED, Rule.CONTROLLER_CONTACT_MISSING,
                Rule.INVALID_PHONE, Rule.PLACEHOLDER_LEFT, Rule.SPECIAL_CATEGORY_SUSPECTED);
    }

    @Test
    void theBeautySalonNoticeLimitsAccessRequestsAndLeavesCookiesToTheBrowser() {
        Notice seed = SeedNotices.beautySalon();
        assertThat(findingsOf(Rule.RIGHTS_LIMITED, seed)).singleElement().extracting(Finding::arguments)
                .isEqualTo(List.of(MessageArgument.verbatim(
                        "Kaikkien tallennettujen tietojen lista voidaan pyytää korkeintaan 2 kertaa vuodessa.")));
        assertThat(findingsIn(seed)).extracting(Finding::rule).contains(
                Rule.COOKIE_INVENTORY_MISSING,
                Rule.SPECIAL_CATEGORY_SUSPECTED,
                Rule.PROVISION_NOT_STATED,
                Rule.AUTOMATED_DECISIONS_NOT_ANSWERED,
                Rule.PROFILING_NOT_ANSWERED);
        assertThat(findingsIn(seed)).extracting(Finding::rule).doesNotContain(
                Rule.TRANSFERS_NOT_ANSWERED, Rule.OTHER_DISCLOSURES_NOT_ANSWERED,
                Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED, Rule.INVALID_PHONE, Rule.INVALID_EMAIL,
                // the seed's marketing purpose is marked as direct marketing, as its "oikeus kieltää suoramarkkinointi" says
                Rule.DIRECT_MARKETING_SUSPECTED);
    }
}
