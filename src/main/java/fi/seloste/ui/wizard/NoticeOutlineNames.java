package fi.seloste.ui.wizard;

import fi.seloste.domain.Register;

/** How a register is named in the UI: in the writing language, else in Finnish, else "(unnamed register)". */
public final class NoticeOutlineNames {

    private NoticeOutlineNames() {
    }

    public static String name(Register register, Fields f) {
        String name = register.name().in(f.textLanguage());
        if (name.isBlank()) {
            name = register.name().fi();
        }
        return name.isBlank() ? f.i18n().text("registers.unnamed") : name;
    }
}
