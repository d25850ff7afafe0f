package fi.seloste.ui.wizard;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Rekisterin suojauksen periaatteet: paper and electronic measures (Art. 32) as checkboxes plus free text. */
final class SecurityStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.SECURITY;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(8, f.help("security.intro"));
        for (SecurityMeasure.Kind kind : SecurityMeasure.Kind.values()) {
            content.getChildren().add(f.heading("enum.SecurityMeasure.Kind." + kind.name()));
            for (SecurityMeasure measure : SecurityMeasure.values()) {
                if (measure.kind() == kind) {
                    String id = "security-" + measure.name().toLowerCase(Locale.ROOT).replace('_', '-');
                    content.getChildren().add(f.check(id, "enum.SecurityMeasure." + measure.name(),
                            register.security().measures().contains(measure),
                            on -> editor.changeSelectedRegister(b -> b.security(toggled(editor, measure, on)))));
                }
            }
            if (kind == SecurityMeasure.Kind.PAPER) {
                content.getChildren().add(f.labelled("security.paperText", f.localized("security-paper-text", "security.paperText", TextLimit.TEXT,
                        register.security().paperText(), true,
                        v -> editor.changeSelectedRegister(b -> b.security(sec(editor).withPaperText(v))))));
            }
            if (kind == SecurityMeasure.Kind.ELECTRONIC) {
                content.getChildren().add(f.labelled("security.electronicText", f.localized("security-electronic-text",
                        "security.electronicText", TextLimit.TEXT, register.security().electronicText(), true,
                        v -> editor.changeSelectedRegister(b -> b.security(sec(editor).withElectronicText(v))))));
            }
            if (kind == SecurityMeasure.Kind.ORGANISATIONAL) {
                content.getChildren().add(f.labelled("security.organisationalText", f.localized("security-organisational-text",
                        "security.organisationalText", TextLimit.TEXT, register.security().organisationalText(), true,
                        v -> editor.changeSelectedRegister(b -> b.security(sec(editor).withOrganisationalText(v))))));
            }
        }
        return content;
    }

    private static Security sec(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().security();
    }

    private static Security toggled(NoticeEditor editor, SecurityMeasure measure, boolean on) {
        Security current = sec(editor);
        Set<SecurityMeasure> measures = current.measures().isEmpty() ? EnumSet.noneOf(SecurityMeasure.class) : EnumSet.copyOf(current.measures());
        if (on) {
            measures.add(measure);
        } else {
            measures.remove(measure);
        }
        return current.withMeasures(measures);
    }
}
