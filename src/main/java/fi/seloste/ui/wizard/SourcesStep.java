package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.DataSource;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.SourceKind;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** Säännönmukaiset tietolähteet: where the data comes from (Art. 14(2)(f)), one line per kind of source. */
final class SourcesStep extends RegisterStep {

    private static final ItemList<DataSource> SOURCES = new ItemList<>(Register::sources, Register.Builder::sources, s -> s.kind().name());

    @Override
    public NoticeStep id() {
        return NoticeStep.SOURCES;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(10, f.help("sources.intro"));
        for (SourceKind kind : SourceKind.values()) {
            DataSource source = register.sources().stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
            String id = "source-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            CheckBox used = f.check(id, "enum.SourceKind." + kind.name(), source != null, on -> {
                if (on) {
                    editor.changeSelectedRegister(b -> b.sources(added(editor, kind)));
                } else {
                    removeFrom(context, SOURCES, list -> list.indexOf(list.stream().filter(s -> s.kind() == kind).findFirst().orElse(null)),
                            s -> f.i18n().text("undo.removed", f.i18n().text("enum.SourceKind." + kind.name())));
                }
                context.rebuild().run();
            });
            content.getChildren().add(used);
            if (source != null) {
                TextInputControl description = f.localized(id + "-description", "sources.description", TextLimit.TEXT,
                        source.description(), false,
                        v -> editor.changeSelectedRegister(b -> b.sources(described(editor, kind, v))));
                description.setPromptText(f.i18n().text("sources.prompt." + kind.name()));
                VBox details = new VBox(4, Fields.limited(description));
                details.setPadding(new javafx.geometry.Insets(0, 0, 6, 28));
                content.getChildren().add(details);
            }
        }
        return content;
    }

    private static List<DataSource> added(NoticeEditor editor, SourceKind kind) {
        List<DataSource> sources = new ArrayList<>(editor.selectedRegister().orElseThrow().sources());
        sources.removeIf(s -> s.kind() == kind);
        sources.add(new DataSource(kind, LocalizedText.EMPTY, kind.isPublicRegister()));
        sources.sort(java.util.Comparator.comparing(DataSource::kind));
        return sources;
    }

    private static List<DataSource> described(NoticeEditor editor, SourceKind kind, LocalizedText description) {
        return editor.selectedRegister().orElseThrow().sources().stream()
                .map(s -> s.kind() == kind ? new DataSource(kind, description, s.publiclyAccessible()) : s)
                .toList();
    }
}
