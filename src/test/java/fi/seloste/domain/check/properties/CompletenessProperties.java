package fi.seloste.domain.check.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.MessageArgument;
import fi.seloste.domain.check.Rule;
import fi.seloste.testing.NoticeArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the completeness check promises for every notice an owner can write, not only the ones we thought of. */
class CompletenessProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    /** Enough to meet every combination of answers many times over, on a build machine shared by several builds. */
    private static final int TRIES = 300;

    @Property(tries = TRIES)
    void transfersNotAnsweredIsReportedExactlyForTheRegistersThatDidNotAnswer(@ForAll("notices") Notice notice) {
        List<Finding> findings = check(notice);
        for (Register register : notice.registers()) {
            boolean reported = findings.stream().anyMatch(f -> f.rule() == Rule.TRANSFERS_NOT_ANSWERED
                    && f.registerId() == register.id());
            assertThat(reported).as("register %d answered %s", register.id(), register.transfersOutsideEea())
                    .isEqualTo(register.transfersOutsideEea() == Answer.NOT_ANSWERED);
        }
    }

    @Property(tries = TRIES)
    void aTransferringSystemNextToNoTransfersIsAlwaysAContradiction(
            @ForAll("registersWithATransferringSystemAnsweredNo") RegisterSections sections) {
        Notice notice = NoticeArbitraries.notice(List.of(sections), Set.of(Language.FI));
        Register register = notice.registers().get(0);
        List<Finding> findings = check(notice);
        for (SystemUse system : notice.systemsOf(register)) {
            if (!system.transfers().isEmpty()) {
                assertThat(findings).as("system %s", system.name()).anyMatch(f ->
                        f.rule() == Rule.SYSTEM_TRANSFERS_BUT_NO_TRANSFERS_ANSWERED && f.registerId() == register.id()
                                && f.arguments().contains(verbatim(system.name())));
            }
        }
    }

    @Property(tries = TRIES)
    void profilingNotAnsweredAlwaysGivesItsFinding(@ForAll("notices") Notice notice) {
        List<Finding> findings = check(notice);
        for (Register register : notice.registers()) {
            if (register.automatedDecisions().profiling() == Answer.NOT_ANSWERED) {
                assertThat(findings).anyMatch(f -> f.rule() == Rule.PROFILING_NOT_ANSWERED
                        && f.registerId() == register.id());
            }
        }
    }

    @Property(tries = TRIES)
    void noFindingIsReportedTwice(@ForAll("notices") Notice notice) {
        List<Finding> findings = check(notice);
        assertThat(findings).doesNotHaveDuplicates();
        for (Language language : notice.settings().languages()) {
            Set<String> seen = new HashSet<>();
            for (Finding finding : findings) {
                String asRead = finding.step() + "|" + finding.registerId() + "|" + finding.message(language);
                assertThat(seen.add(asRead)).as("reported twice: %s", asRead).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void answeringEveryQuestionLeavesNoUnansweredQuestionFinding(@ForAll("notices") Notice notice) {
        Notice answered = notice.withRegisters(notice.registers().stream().map(CompletenessProperties::answeredNo).toList())
                .withCookies(notice.cookies().withUsed(Answer.NO));
        assertThat(check(answered)).extracting(Finding::rule).doesNotContain(Rule.TRANSFERS_NOT_ANSWERED,
                Rule.OTHER_DISCLOSURES_NOT_ANSWERED, Rule.COOKIES_NOT_ANSWERED, Rule.AUTOMATED_DECISIONS_NOT_ANSWERED,
                Rule.PROFILING_NOT_ANSWERED);
    }

    @Provide
    Arbitrary<Notice> notices() {
        return NoticeArbitraries.notices();
    }

    @Provide
    Arbitrary<RegisterSections> registersWithATransferringSystemAnsweredNo() {
        return Combinators.combine(NoticeArbitraries.registersWith(1, NoticeArbitraries.transferringSystems()),
                Arbitraries.just(Answer.NO)).as((s, no) -> new RegisterSections(
                        s.register().toBuilder().transfersOutsideEea(no).build(), s.systems(), s.security(), s.cookies()));
    }

    private static Register answeredNo(Register register) {
        return register.toBuilder().transfersOutsideEea(Answer.NO).otherDisclosures(Answer.NO)
                .automatedDecisions(register.automatedDecisions().withDecisions(Answer.NO).withProfiling(Answer.NO))
                .build();
    }

    private static List<Finding> check(Notice notice) {
        return new CompletenessCheck().check(notice, TODAY);
    }

    private static MessageArgument verbatim(String text) {
        return new MessageArgument.Verbatim(text);
    }
}
