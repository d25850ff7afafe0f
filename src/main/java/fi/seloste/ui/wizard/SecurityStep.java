package fi.seloste.ui.wizard;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * Tietojen suojauksen periaatteet: paper and electronic measures (Art. 32) as checkboxes plus free text, once for the
 * business: the measures protect every register, so there is no register chooser.
 */
final class SecurityStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.SECURITY;
    }


    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Security security = editor.current().security();
        VBox content = new VBox(8, f.help("security.intro"), f.help("shared.allRegisters"));
        MergeNoteBox.of(f, editor, SharedSection.SECURITY).ifPresent(content.getChildren()::add);
        for (SecurityMeasure.Kind kind : SecurityMeasure.Kind.values()) {
            content.getChildren().add(f.heading("enum.SecurityMeasure.Kind." + kind.name()));
            for (SecurityMeasure measure : SecurityMeasure.values()) {
                if (measure.kind() == kind) {
                    String id = "security-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
                    content.getChildren().add(f.check(id, "enum.SecurityMeasure." + measure.name(),
                            security.measures().contains(measure),
                            on -> editor.changeSecurity(current -> toggled(current, measure, on))));
                }
            }
            if (kind == SecurityMeasure.Kind.PAPER) {
                content.getChildren().add(f.labelled("security.paperText", f.localized("security-paper-text", "security.paperText", TextLimit.TEXT,
                        security.paperText(), true,
                        v -> editor.changeSecurity(current -> current.withPaperText(v)))));
            }
            if (kind == SecurityMeasure.Kind.ELECTRONIC) {
                content.getChildren().add(f.labelled("security.electronicText", f.localized("security-electronic-text",
                        "security.electronicText", TextLimit.TEXT, security.electronicText(), true,
                        v -> editor.changeSecurity(current -> current.withElectronicText(v)))));
            }
            if (kind == SecurityMeasure.Kind.ORGANISATIONAL) {
                content.getChildren().add(f.labelled("security.organisationalText", f.localized("security-organisational-text",
                        "security.organisationalText", TextLimit.TEXT, security.organisationalText(), true,
                        v -> editor.changeSecurity(current -> current.withOrganisationalText(v)))));
            }
        }
        return content;
    }

    private static Security toggled(Security current, SecurityMeasure measure, boolean on) {
        Set<SecurityMeasure> measures = current.measures().isEmpty() ? EnumSet.noneOf(SecurityMeasure.class) : EnumSet.copyOf(current.measures());
        if (on) {
            measures.add(measure);
        } else {
            measures.remove(measure);
        }
        return current.withMeasures(measures);
    }
}
