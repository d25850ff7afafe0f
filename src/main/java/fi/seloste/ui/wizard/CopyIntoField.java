package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.Provision;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.ui.I18n;

/**
 * "Copy into a field…" for a sentence of the old notice that Seloste could not place: the owner chooses one of the
 * wizard's free-text fields where such a sentence can belong, and the sentence is added at the end of what the field
 * holds in the old notice's language (never over it), marked "Copied from your old notice — check it" and saved as any edit is.
 */
public final class CopyIntoField {

    /** A field a sentence can be copied into, with its name as the choice shows it. */
    public record Target(PlacedFieldKey field, String label) {
    }

    private static final int EXCERPT = 40;

    private CopyIntoField() {
    }

    /**
     * The free-text fields of the register the per-register steps show (the first when none is chosen) and of the
     * business, that the wizard shows now: the cookie description only once the website is said to use cookies.
     */
    public static List<Target> targets(NoticeEditor editor, I18n i18n) {
        List<Target> targets = new ArrayList<>();
        Register register = editor.selectedRegister().or(() -> editor.current().registers().stream().findFirst()).orElse(null);
        if (register != null) {
            String of = editor.current().registers().size() > 1
                    ? " (" + NoticeOutlineNames.name(register, new Fields(i18n, Language.FI)) + ")" : "";
            long id = register.id();
            targets.add(target(i18n, NoticeStep.REGISTERS, PlacedFieldKey.ofRegister(Field.REGISTER_DESCRIPTION, id),
                    i18n.text("registers.description") + of));
            for (int i = 0; i < register.purposes().size(); i++) {
                String text = register.purposes().get(i).description().fi().isBlank()
                        ? firstText(register.purposes().get(i).description()) : register.purposes().get(i).description().fi();
                targets.add(target(i18n, NoticeStep.PURPOSES,
                        PlacedFieldKey.ofRegister(Field.PURPOSE_DESCRIPTION, id, Integer.toString(i)),
                        i18n.text("oldnotice.into.purpose", i + 1, excerpt(text)) + of));
            }
            targets.add(target(i18n, NoticeStep.PURPOSES, PlacedFieldKey.ofRegister(Field.PROVISION_CONSEQUENCE, id),
                    i18n.text("purposes.provision.consequence") + of));
        }
        targets.add(target(i18n, NoticeStep.SECURITY, PlacedFieldKey.of(Field.SECURITY_PAPER_TEXT), i18n.text("security.paperText")));
        targets.add(target(i18n, NoticeStep.SECURITY, PlacedFieldKey.of(Field.SECURITY_ELECTRONIC_TEXT),
                i18n.text("security.electronicText")));
        targets.add(target(i18n, NoticeStep.SECURITY, PlacedFieldKey.of(Field.SECURITY_ORGANISATIONAL_TEXT),
                i18n.text("security.organisationalText")));
        if (editor.current().cookies().used().isYes()) {
            targets.add(target(i18n, NoticeStep.COOKIES_AND_AUTOMATION, PlacedFieldKey.of(Field.COOKIES_DESCRIPTION),
                    i18n.text("cookies.description")));
        }
        targets.add(target(i18n, NoticeStep.RIGHTS, PlacedFieldKey.of(Field.RIGHTS_INSTRUCTIONS), i18n.text("rights.instructions")));
        return targets;
    }

    /**
     * Adds the sentence at the end of the field's text in {@code language} (after a space; nothing when the field has
     * it already), saves the change and marks the field. Returns the mark.
     */
    public static FromOldNotice copy(NoticeEditor editor, PlacedFieldKey field, Language language, String sentence) {
        UnaryOperator<LocalizedText> add = text -> appended(text, language, sentence.strip());
        Long registerId = field.registerId();
        switch (field.field()) {
            case REGISTER_DESCRIPTION -> editor.changeRegister(registerId, b -> b.description(add.apply(register(editor, registerId).description())));
            case PURPOSE_DESCRIPTION -> editor.changeRegister(registerId, b -> b.purposes(Lists.replace(
                    register(editor, registerId).purposes(), field.index(), (Purpose p) -> p.withDescription(add.apply(p.description())))));
            case PROVISION_CONSEQUENCE -> editor.changeRegister(registerId, b -> {
                Provision p = register(editor, registerId).provision();
                return b.provision(new Provision(p.requirement(), add.apply(p.consequence())));
            });
            case SECURITY_PAPER_TEXT -> editor.changeSecurity(s -> s.withPaperText(add.apply(s.paperText())));
            case SECURITY_ELECTRONIC_TEXT -> editor.changeSecurity(s -> s.withElectronicText(add.apply(s.electronicText())));
            case SECURITY_ORGANISATIONAL_TEXT -> editor.changeSecurity(s -> s.withOrganisationalText(add.apply(s.organisationalText())));
            case COOKIES_DESCRIPTION -> editor.changeCookies(c -> c.withDescription(add.apply(c.description())));
            case RIGHTS_INSTRUCTIONS -> editor.changeSettings(s -> SettingsChanges.rightsInstructions(s, add.apply(s.rightsInstructions())));
            default -> throw new IllegalArgumentException("Not a field to copy a sentence into: " + field);
        }
        FromOldNotice mark = new FromOldNotice(field, sentence.strip(), sentence.strip());
        editor.oldNoticeMarks().add(mark);
        return mark;
    }

    /** The text with the sentence after it; the owner's text is kept whole. */
    static LocalizedText appended(LocalizedText text, Language language, String sentence) {
        String before = text.in(language);
        if (before.contains(sentence)) {
            return text;
        }
        return text.with(language, before.isBlank() ? sentence : before.stripTrailing() + " " + sentence);
    }

    private static Register register(NoticeEditor editor, Long id) {
        return editor.register(id).orElseThrow();
    }

    private static Target target(I18n i18n, NoticeStep step, PlacedFieldKey field, String label) {
        return new Target(field, i18n.text("oldnotice.into.field", i18n.text("step." + step.name()), label));
    }

    private static String firstText(LocalizedText text) {
        return !text.sv().isBlank() ? text.sv() : text.en();
    }

    private static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT).stripTrailing() + "…";
    }
}
