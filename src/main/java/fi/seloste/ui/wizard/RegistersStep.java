package fi.seloste.ui.wizard;

import fi.seloste.catalogue.Catalogues;
import fi.seloste.catalogue.RegisterTemplateContent;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.RegisterTemplate;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;
import fi.seloste.ui.wizard.Removals.Removal;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Rekisterit: start registers from templates or blank, rename them, delete with undo. */
final class RegistersStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.REGISTERS;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox content = new VBox(12, f.help("registers.intro"));
        int index = 0;
        for (Register register : editor.current().registers()) {
            content.getChildren().add(registerCard(context, register, index++));
        }
        content.getChildren().add(addMenu(context));
        return content;
    }

    private Node registerCard(StepContext context, Register register, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "register-" + index;
        GridPane form = Fields.form();
        f.row(form, "registers.name", f.localized(id + "-name", "registers.name", TextLimit.NAME, register.name(), false,
                v -> editor.changeRegister(register.id(), b -> b.name(v))));
        f.row(form, "registers.description", f.localized(id + "-description", "registers.description", TextLimit.TEXT, register.description(), true,
                v -> editor.changeRegister(register.id(), b -> b.description(v))));
        Label template = f.help("registers.template", f.enumLabel(register.template()));
        Button edit = Controls.button(id + "-open", f.i18n().text("registers.open"));
        edit.setOnAction(e -> {
            editor.selectedRegisterId().set(register.id());
            context.goTo().accept(NoticeStep.PURPOSES);
        });
        Button delete = Controls.button(id + "-delete", f.i18n().text("registers.delete"));
        delete.getStyleClass().add("flat");
        delete.setOnAction(e -> {
            Scene scene = delete.getScene();
            editor.deleteRegister(register.id()).ifPresent(deleted -> editor.removals().remember(new Removal(
                    f.i18n().text("registers.deleted", NoticeOutlineNames.name(deleted.register(), f)), id(), null,
                    () -> editor.restoreRegister(deleted))));
            context.rebuild().run();
            UndoBar.focusUndo(scene);
        });
        return Fields.card(id, form, template, new HBox(8, edit, delete));
    }

    private Node addMenu(StepContext context) {
        Fields f = context.fields();
        MenuButton add = new MenuButton(f.i18n().text("registers.add"));
        add.setId("registers-add");
        add.setAccessibleText(f.i18n().text("registers.add"));
        add.getStyleClass().add("accent");
        for (RegisterTemplate template : RegisterTemplate.values()) {
            RegisterTemplateContent content = Catalogues.templates().get(template);
            MenuItem item = new MenuItem(f.enumLabel(template));
            item.setId("registers-add-" + template.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> context.editor().addRegister(content.newRegister(0)));
            add.getItems().add(item);
        }
        return add;
    }
}
