package fi.seloste.export;

import java.util.List;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;

/**
 * Which section of the notice a wizard step writes, by the titles the notice prints, so that the preview can show
 * the part being edited. Steps about a register write a part of that register's section; systems, security and
 * cookies are the business's, printed once.
 */
public final class StepSections {

    private StepSections() {
    }

    /** The titles of the sections the step writes, the first that is printed being the one to show; may be empty. */
    public static List<String> titles(NoticeStep step, Language language) {
        NoticeWording w = new NoticeWording(language);
        return switch (step) {
            case CONTROLLER -> List.of(w.text("section.controller"));
            case CONTACT -> List.of(w.text("section.contact"), w.text("section.dpo"));
            case PURPOSES -> List.of(w.text("section.purposes"));
            case DATA -> List.of(w.text("section.data"));
            case SOURCES -> List.of(w.text("section.sources"));
            // The business's systems section, printed once before the registers.
            case SYSTEMS -> List.of(w.text("section.systems"));
            case RECIPIENTS -> List.of(w.text("section.disclosures"));
            case RETENTION -> List.of(w.text("section.retention"));
            case SECURITY -> List.of(w.text("section.security"));
            case COOKIES_AND_AUTOMATION -> List.of(w.text("section.cookies"), w.text("section.automated"));
            case RIGHTS -> List.of(w.text("section.rights"));
            case REGISTERS, REVIEW -> List.of();
        };
    }

    /** The title of the register's own section, as {@link NoticeOutline} prints it. */
    public static String registerTitle(Register register, Language language) {
        NoticeWording w = new NoticeWording(language);
        String name = NoticeOutline.pick(register.name(), language);
        return w.text("section.register", name.isBlank() ? w.text("register.unnamed") : name);
    }
}
