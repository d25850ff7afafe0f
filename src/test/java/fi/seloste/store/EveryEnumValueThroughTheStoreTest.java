package fi.seloste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import fi.seloste.domain.Answer;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.RetentionCriterion;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.SpecialCategory;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every constant of every enum the notice keeps goes into a client file and comes back: a column narrower than a
 * constant's name (RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS, 34 characters, in a 32-character column) made any notice
 * using it impossible to save or import (probe S2).
 */
class EveryEnumValueThroughTheStoreTest {

    @TempDir
    Path folder;

    @Test
    void everyConstantIsSavedAndReadBackUnchanged() throws Exception {
        List<Register> saved = new ArrayList<>();
        List<SystemUse> systems = new ArrayList<>();
        Security security = new Security(EnumSet.allOf(SecurityMeasure.class), LocalizedText.finnish("a"),
                LocalizedText.finnish("b"), LocalizedText.finnish("c"));
        Cookies cookies = new Cookies(Answer.YES, Arrays.stream(CookieCategory.values())
                .map(c -> new CookieEntry("_c" + c.ordinal(), "Tarjoaja", LocalizedText.finnish("t"), c,
                        LocalizedText.finnish("t"))).toList(), CookieConsent.CONSENT_TOOL, LocalizedText.finnish("d"));
        try (ClientFile file = ClientFiles.create(folder.resolve("enums" + ClientFileName.EXTENSION))) {
            NoticeSettings d = NoticeSettings.DEFAULT;
            file.saveSettings(new NoticeSettings(EnumSet.allOf(Language.class), d.nextReview(), d.introduction(),
                    d.rightsInstructions(), d.drawnUp(), d.lastUpdated()));
            RegisterTemplate[] templates = RegisterTemplate.values();
            assertThat(templates.length).as("one register per template gives every single-valued constant a turn")
                    .isGreaterThanOrEqualTo(Math.max(Answer.values().length,
                            Math.max(CookieConsent.values().length, ProvisionRequirement.values().length)));
            for (int i = 0; i < templates.length; i++) {
                Register added = file.addRegister(templates[i], LocalizedText.finnish("Rekisteri " + i));
                Register full = everyConstant(added, i);
                systems.addAll(everySystem(i));
                file.saveRegister(full);
                saved.add(full);
            }
            file.saveShared(file.load().withRegisters(saved).withSystems(systems).withSecurity(security).withCookies(cookies));
        }
        try (ClientFile reopened = ClientFiles.openToRead(folder.resolve("enums" + ClientFileName.EXTENSION))) {
            assertThat(reopened.load().registers()).containsExactlyElementsOf(saved);
            assertThat(reopened.load().systems()).containsExactlyElementsOf(systems);
            assertThat(reopened.load().security()).isEqualTo(security);
            assertThat(reopened.load().cookies()).isEqualTo(cookies);
            assertThat(reopened.load().settings().languages()).containsExactlyInAnyOrder(Language.values());
        }
    }

    /** The register with every constant of the list-held enums, and the i-th constant of the single-valued ones. */
    /** A system of every role, each with a transfer under every safeguard, keyed for register i. */
    private static List<SystemUse> everySystem(int i) {
        LocalizedText text = LocalizedText.finnish("teksti");
        List<Transfer> transfers = Arrays.stream(TransferSafeguard.values()).map(s -> new Transfer("US", s)).toList();
        return Arrays.stream(ProcessingRole.values())
                .map(r -> new SystemUse("r" + i + "-" + r.ordinal(), null, "Järjestelmä " + r, "Toimittaja", text, r, LocalizedText.finnish("EU"),
                        transfers, "https://example.fi", null))
                .toList();
    }

    private static Register everyConstant(Register added, int i) {
        LocalizedText text = LocalizedText.finnish("teksti");
        List<Purpose> purposes = Arrays.stream(LegalBasis.values())
                .map(b -> new Purpose(text, b, text, i % 2 == 0, i % 2 == 1)).toList();
        List<DataCategory> categories = new ArrayList<>();
        for (SpecialCategory special : SpecialCategory.values()) {
            categories.add(new DataCategory("key-" + special, text, special, null, false));
        }
        for (Article9Condition condition : Article9Condition.values()) {
            categories.add(new DataCategory(null, text, SpecialCategory.values()[0], condition, true));
        }
        List<DataSource> sources = Arrays.stream(SourceKind.values()).map(k -> new DataSource(k, text, false)).toList();
        List<Transfer> transfers = Arrays.stream(TransferSafeguard.values()).map(s -> new Transfer("US", s)).toList();
        List<String> systems = everySystem(i).stream().map(SystemUse::key).toList();
        List<Recipient> recipients = Arrays.stream(RecipientKind.values())
                .map(k -> new Recipient(LocalizedText.finnish("Vastaanottaja " + k), text, k, transfers)).toList();
        List<RetentionRule> retention = Arrays.stream(RetentionCriterion.values())
                .map(c -> new RetentionRule(text, c, 6, text)).toList();
        Answer answer = Answer.values()[i % Answer.values().length];
        Answer other = Answer.values()[(i + 1) % Answer.values().length];
        return new Register(added.id(), added.template(), added.name(), text, purposes, List.of(), categories, text,
                sources, systems, recipients, retention,
                new AutomatedDecisions(answer, other, text, text),
                new Provision(ProvisionRequirement.values()[i % ProvisionRequirement.values().length], text),
                other, answer);
    }
}
