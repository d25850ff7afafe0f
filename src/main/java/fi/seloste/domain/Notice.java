package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * Everything one client file says: the whole privacy notice of one client business. contactPerson and
 * dataProtectionOfficer are null when there is none.
 */
public record Notice(Controller controller, Person contactPerson, Person dataProtectionOfficer, NoticeSettings settings,
                     List<Register> registers) {

    public static final Notice EMPTY = new Notice(Controller.EMPTY, null, null, NoticeSettings.DEFAULT, List.of());

    public Notice {
        controller = Objects.requireNonNullElse(controller, Controller.EMPTY);
        settings = Objects.requireNonNullElse(settings, NoticeSettings.DEFAULT);
        registers = List.copyOf(registers);
    }

    public Notice withController(Controller newController) {
        return new Notice(newController, contactPerson, dataProtectionOfficer, settings, registers);
    }
}
