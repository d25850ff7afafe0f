package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.assertDoesNotFind;
import static fi.seloste.domain.check.Checking.assertFinds;
import static fi.seloste.domain.check.Checking.assertFindsInRegister;
import static fi.seloste.domain.check.CompleteNotice.withController;
import static fi.seloste.domain.check.CompleteNotice.withRegister;
import static fi.seloste.domain.check.CompleteNotice.withRegisters;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.ListLimit;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeLimits;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.TextLimit;
import fi.seloste.testing.LimitNotices;

import org.junit.jupiter.api.Test;

/**
 * What is over Seloste's limits is kept (the wizard never cuts what the owner typed) and reported as an error at
 * the step where the owner shortens it, in plain words with the length, the limit and the text's first words.
 */
class LimitRulesTest {

    @Test
    void aNoticeWithEveryValueAtItsLimitHasNothingOverIt() {
        Notice atLimit = LimitNotices.everyValue(limit -> LimitNotices.astral(limit.max()));

        assertThat(NoticeLimits.excesses(atLimit)).isEmpty();
        for (Rule rule : List.of(Rule.TEXT_TOO_LONG, Rule.REGISTER_TEXT_TOO_LONG, Rule.REGISTER_LIST_TOO_LONG,
                Rule.TOO_MANY_REGISTERS)) {
            assertThat(Checking.findingsOf(rule, atLimit)).isEmpty();
        }
    }

    @Test
    void everyValueOneCharacterOverItsLimitIsFound() {
        Notice over = LimitNotices.everyValue(limit -> "x".repeat(limit.max() + 1));
        List<String> paths = new ArrayList<>();
        NoticeLimits.walk(over, new NoticeLimits.Visitor() {
            @Override
            public void text(String path, NoticeStep step, Register register, TextLimit limit, String value) {
                paths.add(path);
            }

            @Override
            public void list(String path, NoticeStep step, Register register, ListLimit limit, int size) {
            }
        });

        assertThat(NoticeLimits.excesses(over)).extracting(NoticeLimits.Excess::path).containsExactlyElementsOf(paths);
    }

    @Test
    void aControllerNameOverItsLimitIsAnErrorAtTheControllerStepWithItsLengthAndFirstWords() {
        String name = "Fysioterapia Flow " + "ja kuntoutus ".repeat(30);
        Notice notice = withController(CompleteNotice.notice().controller().withName(name));

        Finding finding = assertFinds(Rule.TEXT_TOO_LONG, notice, null);

        assertThat(finding.step()).isEqualTo(NoticeStep.CONTROLLER);
        assertThat(finding.message(Language.EN)).isEqualTo("A text in this step is 408 characters long, but it can"
                + " have at most 300. It begins “Fysioterapia Flow ja kuntoutus ja kuntou…”. Shorten it. For more detail,"
                + " you can put it on your website and add a link to that page in the notice.");
        assertThat(finding.message(Language.FI)).startsWith("Tämän vaiheen teksti on 408 merkkiä pitkä, mutta"
                + " sen enimmäispituus on 300 merkkiä.");
    }

    @Test
    void aRegisterDescriptionOverItsLimitIsFoundInThatRegisterWithGroupedNumbers() {
        Notice notice = withRegister(r -> r.description = new LocalizedText("Asiakkaat", "",
                LimitNotices.prose(TextLimit.TEXT.max() + 1)));

        Finding finding = assertFindsInRegister(Rule.REGISTER_TEXT_TOO_LONG, notice);

        assertThat(finding.step()).isEqualTo(NoticeStep.REGISTERS);
        assertThat(finding.message(Language.EN)).contains("is 10,001 characters long, but it can have at most 10,000");
        assertThat(finding.message(Language.SV)).contains("är 10\u00a0001 tecken lång, men den får vara högst 10\u00a0000");
    }

    /** An emoji is one character, as the owner sees it and as JSON Schema counts it. */
    @Test
    void charactersAreCountedAsTheOwnerSeesThem() {
        Notice atLimit = withController(CompleteNotice.notice().controller().withName(LimitNotices.astral(300)));
        Notice over = withController(CompleteNotice.notice().controller().withName(LimitNotices.astral(301)));

        assertDoesNotFind(Rule.TEXT_TOO_LONG, atLimit);
        assertFinds(Rule.TEXT_TOO_LONG, over, null);
    }

    @Test
    void tooManyPurposesAreAnErrorAtThePurposesStep() {
        List<Purpose> purposes = new ArrayList<>();
        for (int i = 0; i <= ListLimit.PURPOSES.max(); i++) {
            purposes.add(new Purpose(LocalizedText.finnish("Tarkoitus " + i), null, LocalizedText.EMPTY));
        }
        Notice notice = withRegister(r -> r.purposes = purposes);

        Finding finding = assertFindsInRegister(Rule.REGISTER_LIST_TOO_LONG, notice);

        assertThat(finding.step()).isEqualTo(NoticeStep.PURPOSES);
        assertThat(finding.message(Language.FI)).contains("tässä vaiheessa on 51 kohtaa, mutta niitä voi olla enintään 50");
    }

    @Test
    void tooManySystemsAreAnErrorOfTheBusinessAtTheSystemsStepNotTooManyRegisters() {
        List<fi.seloste.domain.SystemUse> systems = new ArrayList<>();
        for (int i = 0; i <= ListLimit.SYSTEMS.max(); i++) {
            systems.add(new fi.seloste.domain.SystemUse(null, "Järjestelmä " + i, "", LocalizedText.EMPTY,
                    fi.seloste.domain.ProcessingRole.IN_HOUSE, LocalizedText.finnish("Suomi"), List.of(), "", null));
        }
        Notice notice = CompleteNotice.notice().withSystems(systems);

        Finding finding = Checking.assertFindsForTheBusiness(Rule.LIST_TOO_LONG, notice);

        assertThat(finding.step()).isEqualTo(NoticeStep.SYSTEMS);
        assertThat(finding.message(Language.FI)).isEqualTo("Tässä vaiheessa on 201 kohtaa, mutta niitä voi olla"
                + " enintään 200. Yhdistä samaa tarkoittavat kohdat; älä jätä pois mitään, mikä pitää yhä paikkansa.");
        assertDoesNotFind(Rule.TOO_MANY_REGISTERS, notice);
    }

    @Test
    void tooManyRegistersAreAnErrorAtTheRegistersStep() {
        List<Register> registers = new ArrayList<>();
        for (int i = 1; i <= ListLimit.REGISTERS.max() + 1; i++) {
            registers.add(Register.empty(i, RegisterTemplate.BLANK, LocalizedText.finnish("Rekisteri " + i)));
        }

        Finding finding = assertFinds(Rule.TOO_MANY_REGISTERS, withRegisters(registers), null);

        assertThat(finding.message(Language.EN)).startsWith("The notice has 51 registers, but it takes at most 50.");
    }
}
