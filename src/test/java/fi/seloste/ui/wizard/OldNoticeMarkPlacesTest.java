package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SourceKind;
import fi.seloste.oldnotice.DraftFromOldNotice;
import fi.seloste.oldnotice.OldNoticeRecogniser;

import org.junit.jupiter.api.Test;

/** Which control shows a mark, and what "Copy into a field…" does to the owner's text. */
class OldNoticeMarkPlacesTest {

    private static final String TEXT = seed();

    private static String seed() {
        try (java.io.InputStream in = OldNoticeMarkPlacesTest.class.getResourceAsStream(
                "/fi/seloste/seeds/physiotherapy-practice-tietosuojaseloste.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPurposeMarkFollowsItsTextWhenAnEarlierPurposeIsRemovedAndItsPlaceOnceTheTextIsEdited() {
        Notice seed = DraftFromOldNotice.draft(OldNoticeRecogniser.read(TEXT));
        Register register = seed.registers().get(0).toBuilder().purposes(List.of(purpose("Ajanvaraus"), purpose("Laskutus"),
                purpose("Hoito"))).build();
        Notice draft = seed.withRegisters(List.of(register));
        FromOldNotice second = new FromOldNotice(PlacedFieldKey.ofRegister(Field.PURPOSE_DESCRIPTION, register.id(), "1"),
                "Laskutus", "Tietoja käsitellään laskutusta varten.");
        assertThat(MarkPlaces.controlId(draft, register.id(), second)).contains("purpose-1-description");
        assertThat(MarkPlaces.controlId(draft, register.id() + 1, second)).as("another register is shown").isEmpty();

        Notice firstRemoved = draft.withRegisters(List.of(register.toBuilder()
                .purposes(register.purposes().subList(1, register.purposes().size())).build()));
        assertThat(MarkPlaces.controlId(firstRemoved, register.id(), second)).as("still on its own text").contains("purpose-0-description");

        Register edited = register.toBuilder().purposes(Lists.replace(register.purposes(), 1,
                (Purpose p) -> p.withDescription(LocalizedText.EMPTY.with(Language.FI, "Laskutus ja perintä")))).build();
        assertThat(MarkPlaces.controlId(draft.withRegisters(List.of(edited)), register.id(), second))
                .as("edited: where it was placed").contains("purpose-1-description");
    }

    @Test
    void businessFieldsAndKeyedItemsHaveTheStepsIds() {
        Notice notice = DraftFromOldNotice.draft(OldNoticeRecogniser.read(TEXT));
        long id = notice.registers().get(0).id();
        assertThat(MarkPlaces.controlId(notice, null, mark(PlacedFieldKey.of(Field.CONTROLLER_BUSINESS_ID))))
                .contains("controller-business-id");
        assertThat(MarkPlaces.controlId(notice, null, mark(PlacedFieldKey.of(Field.SECURITY_MEASURE, SecurityMeasure.LOCKED_CABINET.name()))))
                .contains("security-locked-cabinet");
        assertThat(MarkPlaces.controlId(notice, null, mark(PlacedFieldKey.ofRegister(Field.REGISTER_NAME, id))))
                .as("the registers step lists every register").contains("register-0-name");
        SourceKind used = notice.registers().get(0).sources().get(0).kind();
        SourceKind unused = java.util.Arrays.stream(SourceKind.values())
                .filter(k -> notice.registers().get(0).sources().stream().noneMatch(s -> s.kind() == k)).findFirst().orElseThrow();
        assertThat(MarkPlaces.controlId(notice, id, mark(PlacedFieldKey.ofRegister(Field.SOURCE, id, used.name()))))
                .contains("source-" + used.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat(MarkPlaces.controlId(notice, id, mark(PlacedFieldKey.ofRegister(Field.SOURCE, id, unused.name()))))
                .as("a source the register no longer has shows no mark").isEmpty();
    }

    @Test
    void aSentenceIsAddedAfterTheOwnersTextNeverOverItAndNeverTwice() {
        LocalizedText typed = new LocalizedText("Omat sanani.", "Mina ord.", "");
        LocalizedText once = CopyIntoField.appended(typed, Language.FI, "Vanha virke.");
        assertThat(once).isEqualTo(new LocalizedText("Omat sanani. Vanha virke.", "Mina ord.", ""));
        assertThat(CopyIntoField.appended(once, Language.FI, "Vanha virke.")).isEqualTo(once);
        assertThat(CopyIntoField.appended(LocalizedText.EMPTY, Language.SV, "Gammal mening.")).isEqualTo(
                new LocalizedText("", "Gammal mening.", ""));
    }

    private static Purpose purpose(String text) {
        return new Purpose(LocalizedText.EMPTY.with(Language.FI, text), null, LocalizedText.EMPTY);
    }

    private static FromOldNotice mark(PlacedFieldKey key) {
        return new FromOldNotice(key, "", "");
    }
}
