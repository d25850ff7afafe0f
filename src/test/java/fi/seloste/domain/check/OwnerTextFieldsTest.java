package fi.seloste.domain.check;

import static fi.seloste.domain.check.Checking.findingsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

import org.junit.jupiter.api.Test;

/**
 * Every text the notice prints is either written per language, in a field the translation warning names, or typed
 * once because it is the same in every language (a name, an address, a number); and the warning always clears when
 * the translations are written.
 */
class OwnerTextFieldsTest {

    private static final Person CONTACT = new Person("Veera Westerholm", LocalizedText.finnish("toimitusjohtaja"),
            "veera@example.fi", "040 123 4567", new PostalAddress("Kahvikuja 1", "00100", "Helsinki"));

    /** A notice in Finnish only, published also in Swedish and English, with the walkthrough's untranslated texts. */
    private static Notice finnishOnly() {
        Notice notice = CompleteNotice.withRegister(r -> {
            r.dataSubjects = List.of(new DataSubjectGroup(null, LocalizedText.finnish("Kahvikerhon jäsenet")));
            r.dataCategories = List.of(DataCategory.ordinary(null,
                    LocalizedText.finnish("Makutoiveet ja kahvin kestotilaukset, paahtoasteet ja jauhatus")));
            r.systems = List.of(new SystemUse(null, "Paahtimo-kassa", "Kassa Oy", LocalizedText.finnish("Kassa"),
                    ProcessingRole.PROCESSOR, LocalizedText.finnish("Suomi"), List.of(), "", null));
            r.recipients = List.of(new Recipient(LocalizedText.finnish("Kirjanpitotoimisto"),
                    LocalizedText.finnish("Kirjanpito"), RecipientKind.REGULAR, List.of()));
        });
        NoticeSettings s = notice.settings();
        return notice.withContactPerson(CONTACT).withSettings(new NoticeSettings(Set.of(Language.FI, Language.SV, Language.EN),
                s.nextReview(), s.introduction(), s.rightsInstructions()));
    }

    @Test
    void everyPrintedTextIsWrittenPerLanguageOrIsTheSameInEveryLanguage() {
        Notice notice = finnishOnly();
        Set<String> perLanguage = new HashSet<>();
        OwnerTexts.of(notice).forEach(t -> Stream.of(Language.values()).map(t.text()::in).forEach(perLanguage::add));
        Set<String> typedOnce = typedOnce(notice);

        List<String> printed = PrintedTexts.byStep(notice).values().stream().flatMap(List::stream).toList();

        assertThat(printed).allSatisfy(text -> assertThat(perLanguage.contains(text) || typedOnce.contains(text))
                .as("“%s” has a field per language or is a name, address or number", text).isTrue());
        assertThat(OwnerTexts.of(notice)).extracting(t -> t.field(), t -> t.text().fi()).contains(
                tuple(OwnerTextField.CONTACT_TITLE, "toimitusjohtaja"),
                tuple(OwnerTextField.OWN_SUBJECT_GROUP, "Kahvikerhon jäsenet"),
                tuple(OwnerTextField.OWN_DATA_ITEM, "Makutoiveet ja kahvin kestotilaukset, paahtoasteet ja jauhatus"),
                tuple(OwnerTextField.SYSTEM_STORAGE, "Suomi"),
                tuple(OwnerTextField.RECIPIENT_NAME, "Kirjanpitotoimisto"));
        assertThat(typedOnce).doesNotContain("toimitusjohtaja", "Suomi", "Kirjanpitotoimisto");
    }

    @Test
    void theWarningNamesEachUntranslatedFieldAtItsStepAndRegister() {
        List<Finding> found = findingsOf(Rule.REGISTER_TRANSLATION_MISSING, finnishOnly());

        assertThat(found).filteredOn(f -> f.arguments().get(1).equals(MessageArgument.languageName(Language.EN)))
                .extracting(Finding::step, Finding::registerId, f -> f.arguments().get(3), f -> f.arguments().get(4))
                .contains(
                        tuple(NoticeStep.DATA, CompleteNotice.REGISTER_ID, MessageArgument.fieldName(OwnerTextField.OWN_DATA_ITEM),
                                MessageArgument.verbatim("Makutoiveet ja kahvin kestotilaukset, pa…")),
                        tuple(NoticeStep.RECIPIENTS, CompleteNotice.REGISTER_ID, MessageArgument.fieldName(OwnerTextField.RECIPIENT_NAME),
                                MessageArgument.verbatim("Kirjanpitotoimisto")));
        assertThat(findingsOf(Rule.TRANSLATION_MISSING, finnishOnly())).extracting(Finding::step, f -> f.arguments().get(2))
                .as("the business's systems are said once, not in a register").contains(
                        tuple(NoticeStep.CONTACT, MessageArgument.fieldName(OwnerTextField.CONTACT_TITLE)),
                        tuple(NoticeStep.SYSTEMS, MessageArgument.fieldName(OwnerTextField.SYSTEM_STORAGE)));
        assertThat(FindingMessages.in(Language.EN).message(found.stream().filter(f -> f.arguments().get(3).equals(MessageArgument.fieldName(OwnerTextField.OWN_DATA_ITEM))
                        && f.arguments().get(1).equals(MessageArgument.languageName(Language.EN))).findFirst().orElseThrow()))
                .startsWith("Register “")
                .contains("People and data, own data item: “Makutoiveet ja kahvin kestotilaukset, pa…”"
                        + " has no text in English yet");
    }

    @Test
    void writingEveryTranslationClearsTheWarning() {
        Notice translated = (Notice) translated(finnishOnly());

        assertThat(findingsOf(Rule.TRANSLATION_MISSING, translated)).isEmpty();
        assertThat(findingsOf(Rule.REGISTER_TRANSLATION_MISSING, translated)).isEmpty();
        assertThat(Translations.missingIn(translated, Language.EN)).isEmpty();
    }

    private static Set<String> typedOnce(Notice notice) {
        Set<String> once = new HashSet<>();
        Controller c = notice.controller();
        once.addAll(List.of(c.name(), c.businessId(), c.phone(), c.email(), c.website()));
        address(c.address(), once);
        for (Person p : new Person[] {notice.contactPerson(), notice.dataProtectionOfficer()}) {
            if (p != null) {
                once.addAll(List.of(p.name(), p.email(), p.phone()));
                address(p.address(), once);
            }
        }
        notice.systems().forEach(s -> once.addAll(List.of(s.name(), s.vendor())));
        notice.cookies().inventory().stream().map(CookieEntry::name).forEach(once::add);
        notice.cookies().inventory().stream().map(CookieEntry::provider).forEach(once::add);
        return once;
    }

    private static void address(PostalAddress a, Set<String> once) {
        once.addAll(List.of(a.street(), a.postalCode(), a.town()));
    }

    /** The value with a Swedish and an English text written wherever a text is written in Finnish only. */
    private static Object translated(Object value) {
        if (value instanceof LocalizedText t) {
            return t.fi().isBlank() ? t : new LocalizedText(t.fi(), t.sv().isBlank() ? t.fi() + " (sv)" : t.sv(),
                    t.en().isBlank() ? t.fi() + " (en)" : t.en());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OwnerTextFieldsTest::translated).toList();
        }
        if (value instanceof Set<?> || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return value;
        }
        if (value != null && value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    arguments[i] = translated(components[i].getAccessor().invoke(value));
                    types[i] = components[i].getType();
                }
                var constructor = value.getClass().getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }
}
