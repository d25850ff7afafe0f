package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Answer;
import fi.seloste.domain.Country;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.testing.NoticeArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the exported notice says, over generated notices (fi.seloste.testing.NoticeArbitraries): it never says "no"
 * where the owner did not, never contradicts a system that transfers data, never prints the same sentence twice in
 * a row, and never puts a Finnish word from Seloste's own catalogue into a Swedish or English notice.
 */
class NoticeTextProperties {

    private static final int TRIES = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    @Property(tries = TRIES)
    void noTransfersIsSaidExactlyWhenTheOwnerSaidNoAndNothingIsTransferred(@ForAll("oneRegisterNotices") Notice notice) {
        Register register = notice.registers().get(0);
        boolean transfers = notice.allTransfers(register).findAny().isPresent();
        for (Language language : Language.values()) {
            String none = new NoticeWording(language).text("transfers.none");
            assertThat(text(notice, language).contains(none))
                    .as("%s, answer %s, transfers %s", language, register.transfersOutsideEea(), transfers)
                    .isEqualTo(register.transfersOutsideEea() == Answer.NO && !transfers);
        }
    }

    @Property(tries = TRIES)
    void noProfilingOrDecisionsIsSaidOnlyWhenTheOwnerSaidNo(@ForAll("oneRegisterNotices") Notice notice) {
        Register register = notice.registers().get(0);
        for (Language language : Language.values()) {
            NoticeWording w = new NoticeWording(language);
            String text = text(notice, language);
            assertThat(text.contains(w.text("automated.noProfiling"))).as("%s profiling %s", language,
                    register.automatedDecisions().profiling()).isEqualTo(register.automatedDecisions().profiling() == Answer.NO);
            assertThat(text.contains(w.text("automated.noDecisions"))).as("%s decisions %s", language,
                    register.automatedDecisions().decisions()).isEqualTo(register.automatedDecisions().decisions() == Answer.NO);
            assertThat(text.contains(w.text("recipients.none"))).as("%s other disclosures %s", language,
                    register.otherDisclosures()).isEqualTo(register.otherDisclosures() == Answer.NO);
        }
    }

    @Property(tries = TRIES)
    void aSafeguardNotChosenIsNeverPrintedAsABasis(@ForAll("oneRegisterNotices") Notice notice) {
        boolean missing = notice.allTransfers(notice.registers().get(0))
                .anyMatch(t -> t.safeguard() == TransferSafeguard.NONE && !t.country().isBlank());
        for (Language language : Language.values()) {
            assertThat(text(notice, language).contains(new NoticeWording(language).text("transfers.safeguardMissing")))
                    .as(language.tag()).isEqualTo(missing);
        }
    }

    @Property(tries = TRIES)
    void noSentenceIsPrintedTwiceInARow(@ForAll("notices") Notice notice) {
        for (Language language : Language.values()) {
            for (String line : lines(NoticeOutline.of(notice, language))) {
                String[] sentences = SENTENCE_END.split(line.strip());
                for (int i = 1; i < sentences.length; i++) {
                    assertThat(sentences[i]).as("%s: %s", language, line).isNotEqualToIgnoringCase(sentences[i - 1]);
                }
            }
        }
    }

    @Property(tries = TRIES)
    void aSwedishOrEnglishNoticeHasNoFinnishWordFromTheCatalogue(@ForAll("catalogueNotices") Notice notice) {
        Register register = notice.registers().get(0);
        for (Language language : List.of(Language.SV, Language.EN)) {
            String text = text(notice, language);
            for (Transfer transfer : notice.allTransfers(register).toList()) {
                String finnish = Country.name(transfer.country(), Language.FI);
                if (!finnish.equals(Country.name(transfer.country(), language))) {
                    assertThat(text).as("%s names %s in Finnish", language, transfer.country()).doesNotContain(finnish);
                }
                assertThat(text).contains(Country.name(transfer.country(), language));
            }
            for (SystemUse system : notice.systemsOf(register)) {
                assertThat(text).as("%s: %s", language, system.name()).doesNotContain(system.usedFor().fi());
                CatalogueSystem entry = Catalogues.systems().stream()
                        .filter(e -> e.id().equals(system.catalogId())).findFirst().orElseThrow();
                if (!entry.name(language).equals(entry.name())) {
                    assertThat(text).as("%s names %s in Finnish", language, entry.id()).doesNotContain(entry.name());
                }
                if (!entry.vendor(language).equals(entry.vendor()) && !system.vendor().isBlank()) {
                    assertThat(text).as("%s: vendor of %s in Finnish", language, entry.id()).doesNotContain(entry.vendor());
                }
            }
        }
    }

    @Provide
    Arbitrary<Notice> notices() {
        return NoticeArbitraries.notices();
    }

    @Provide
    Arbitrary<Notice> oneRegisterNotices() {
        return NoticeArbitraries.registers(1).map(r -> NoticeArbitraries.notice(List.of(r), Set.of(Language.values())));
    }

    /** One register using catalogue systems as the catalogue gives them (their texts and transfers). */
    @Provide
    Arbitrary<Notice> catalogueNotices() {
        List<CatalogueSystem> catalogue = Catalogues.systems().stream().filter(s -> !s.statutory()).toList();
        Arbitrary<List<SystemUse>> systems = Arbitraries.of(catalogue).map(CatalogueSystem::toSystemUse)
                .list().ofMinSize(1).ofMaxSize(4).uniqueElements(SystemUse::catalogId);
        return Combinators.combine(NoticeArbitraries.registers(1), systems).as((register, chosen) -> {
            Register withSystems = register.register().toBuilder().recipients(List.of())
                    .transfersOutsideEea(chosen.stream().anyMatch(s -> !s.transfers().isEmpty()) ? Answer.YES : Answer.NO)
                    .build();
            return NoticeArbitraries.notice(List.of(new fi.seloste.domain.SharedSectionsMerge.RegisterSections(
                    withSystems, chosen, register.security(), register.cookies())), Set.of(Language.values()));
        });
    }

    private static String text(Notice notice, Language language) {
        return String.join("\n", lines(NoticeOutline.of(notice, language)));
    }

    private static List<String> lines(List<Section> sections) {
        List<String> lines = new ArrayList<>();
        for (Section section : sections) {
            lines.add(section.title());
            for (Section.Block block : section.blocks()) {
                if (block instanceof Section.Paragraph p) {
                    lines.add(p.text());
                } else if (block instanceof Section.Items items) {
                    items.lines().forEach(line -> lines.add(line.text()));
                }
            }
            lines.addAll(lines(section.subsections()));
        }
        return lines;
    }
}
