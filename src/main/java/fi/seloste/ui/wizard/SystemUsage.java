package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Which registers' data a business system holds: a checkbox per register, when there is more than one. */
final class SystemUsage {

    private SystemUsage() {
    }

    static Optional<Node> checkboxes(Fields f, NoticeEditor editor, SystemUse system, String id) {
        Notice notice = editor.current();
        if (notice.registers().size() < 2) {
            return Optional.empty();
        }
        FlowPane boxes = new FlowPane(12, 4);
        boxes.setId(id + "-registers");
        for (Register register : notice.registers()) {
            CheckBox box = f.checkWithText(id + "-register-" + register.id(), NoticeOutlineNames.name(register, f),
                    register.uses(system.key()), on -> editor.changeSystems(n -> used(n, register.id(), system.key(), on)));
            boxes.getChildren().add(box);
        }
        return Optional.of(new VBox(4, f.heading("systems.usedByRegisters"), boxes));
    }

    /** The notice with these registers (by id) using the system, as well as those that already did. */
    static Notice usedBy(Notice notice, java.util.Set<Long> registerIds, String key) {
        Notice result = notice;
        for (long registerId : registerIds) {
            result = used(result, registerId, key, true);
        }
        return result;
    }

    /** The notice with the register using the system or not. */
    static Notice used(Notice notice, long registerId, String key, boolean on) {
        return notice.withRegisters(notice.registers().stream().map(r -> {
            if (r.id() != registerId || r.uses(key) == on) {
                return r;
            }
            List<String> keys = new ArrayList<>(r.systemKeys());
            if (on) {
                keys.add(key);
            } else {
                keys.remove(key);
            }
            return r.toBuilder().systemKeys(keys).build();
        }).toList());
    }
}
