package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Järjestelmät: systems and processors from the built-in catalogue, or the owner's own, in-house software and paper
 * records included. Kanta's Patient Data Repository is a system too (the provider stays the controller); a statutory
 * catalogue entry such as the Incomes Register goes to the recipients, since the law makes it a disclosure.
 */
final class SystemsStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.SYSTEMS;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        VBox content = new VBox(12, f.help("systems.intro"), catalogue(context));
        for (int i = 0; i < register.systems().size(); i++) {
            content.getChildren().add(systemCard(context, register.systems().get(i), i));
        }
        return content;
    }

    private Node catalogue(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        FilteredList<CatalogueSystem> shown = new FilteredList<>(FXCollections.observableArrayList(Catalogues.systems()));
        TextField search = Controls.textField("systems-search", f.i18n().text("systems.search"), f.i18n().text("systems.search.prompt"));
        search.textProperty().addListener((o, before, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(s -> wanted.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(wanted)
                    || s.vendor().toLowerCase(Locale.ROOT).contains(wanted)
                    || s.usedFor().in(f.i18n().language()).toLowerCase(Locale.ROOT).contains(wanted));
        });
        ListView<CatalogueSystem> list = new ListView<>(shown);
        list.setId("systems-catalogue");
        list.setAccessibleText(f.i18n().text("systems.catalogue"));
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            {
                prefWidthProperty().bind(v.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(CatalogueSystem s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name(f.i18n().language()) + " — " + s.usedFor().in(f.i18n().language()));
            }
        });
        Button add = Controls.button("systems-add", f.i18n().text("systems.add"));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            CatalogueSystem chosen = list.getSelectionModel().getSelectedItem();
            Register r = editor.selectedRegister().orElseThrow();
            if (chosen.statutory()) {
                editor.changeSelectedRegister(b -> b.recipients(Lists.add(r.recipients(), chosen.toRecipient())));
            } else {
                SystemUse added = chosen.needsHostingProvider() ? chosen.toSystemUse().withVendor("") : chosen.toSystemUse();
                editor.changeSelectedRegister(b -> b.systems(Lists.add(r.systems(), added)));
            }
            context.rebuild().run();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !add.isDisabled()) {
                add.fire();
            }
        });
        Button own = Controls.button("systems-add-own", f.i18n().text("systems.addOwn"));
        own.setOnAction(e -> {
            editor.changeSelectedRegister(b -> b.systems(Lists.add(editor.selectedRegister().orElseThrow().systems(),
                    new SystemUse(null, "", "", LocalizedText.EMPTY, ProcessingRole.PROCESSOR, LocalizedText.EMPTY, List.of(), "", null))));
            context.rebuild().run();
        });
        return new VBox(6, f.labelled("systems.search", search), list, new HBox(8, add, own), f.help("systems.kantaNote"));
    }

    private Node systemCard(StepContext context, SystemUse system, int index) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "system-" + index;
        GridPane form = Fields.form();
        f.row(form, "systems.name", f.text(id + "-name", "systems.name", TextLimit.NAME, system.name(),
                v -> change(editor, index, s -> s.withName(v))));
        CatalogueSystem entry = Catalogues.system(system.catalogId()).orElse(null);
        CatalogueHints hints = new CatalogueHints(f, id, entry, system);
        boolean needsHost = entry != null && entry.needsHostingProvider();
        ProcessingRole role = system.role();
        if (role.hasOutsideParty()) {
            String vendorKey = role == ProcessingRole.HEALTH_RECORDS_ARCHIVE ? "systems.maintainer"
                    : needsHost ? "systems.host" : "systems.vendor";
            f.row(form, vendorKey, f.text(id + "-vendor", vendorKey, TextLimit.NAME, system.vendor(),
                    v -> change(editor, index, s -> s.withVendor(v))));
            hints.unconfirmed(form, CatalogueFact.VENDOR);
        }
        f.row(form, "systems.usedFor", f.localized(id + "-used-for", "systems.usedFor", TextLimit.TEXT, system.usedFor(), true,
                v -> change(editor, index, s -> s.withUsedFor(v))));
        f.row(form, "systems.role", f.choice(id + "-role", "systems.role", roles(role), role, f::enumLabel, v -> {
            change(editor, index, s -> s.withRole(v));
            context.rebuild().run();
        }));
        hints.unconfirmed(form, CatalogueFact.ROLE);
        hints.otherRoles(form);
        if (!role.hasOutsideParty()) {
            Label noVendor = f.help("systems.noVendor");
            noVendor.setId(id + "-no-vendor");
            form.add(noVendor, 1, form.getRowCount());
        }
        f.row(form, "systems.storage", f.localized(id + "-storage", "systems.storage", TextLimit.NAME, system.storageLocation(),
                false, v -> change(editor, index, s -> s.withStorageLocation(v))));
        hints.unconfirmed(form, CatalogueFact.STORAGE);
        hints.euDataRegion(form, chosen -> {
            change(editor, index, s -> s.withStorageLocation(chosen.storageLocation()).withTransfers(chosen.transfers()));
            context.rebuild().run();
        });
        if (role.hasOutsideParty() || !system.transfers().isEmpty()) {
            TransferFields.addTo(form, f, id, system.transfers(),
                    t -> change(editor, index, s -> s.withTransfers(t)),
                    context.rebuild());
            hints.safeguardNote(form);
            hints.unconfirmed(form, CatalogueFact.TRANSFERS);
        }
        if (role.hasOutsideParty()) {
            f.row(form, "systems.privacyUrl", f.text(id + "-privacy-url", "systems.privacyUrl", TextLimit.URL, system.privacyUrl(),
                    v -> change(editor, index, s -> s.withPrivacyUrl(v))));
            hints.unconfirmed(form, CatalogueFact.PRIVACY_URL);
        }
        VBox card = Fields.card(id, form);
        CatalogueUpdates.of(system).ifPresent(update -> card.getChildren().add(0,
                CatalogueFactsUpdateBox.of(f, id, update, chosen -> {
                    change(editor, index, s -> chosen);
                    context.rebuild().run();
                })));
        if (entry != null && entry.roleNote() != null) {
            Label note = new Label(entry.roleNote().in(f.i18n().language()));
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            note.setId(id + "-note");
            card.getChildren().add(note);
        }
        if (system.factsCheckedOn() != null) {
            card.getChildren().add(f.help("systems.checkedOn", CatalogueFactsUpdateBox.DATE.format(system.factsCheckedOn())));
        }
        Button remove = removeButton(context, id + "-remove", () -> {
            long registerId = editor.selectedRegister().orElseThrow().id();
            editor.changeSelectedRegister(b -> b.systems(Lists.remove(editor.selectedRegister().orElseThrow().systems(), index)));
            // The record of processing keeps each processor agreement by the system's place: move the later ones up.
            editor.changeRegisterRecord(registerId, r -> r.withoutSystem(index));
        });
        card.getChildren().add(remove);
        return card;
    }

    /**
     * The roles the owner can choose. RECIPIENT only means an older Seloste did not ask; it is shown only while a
     * system still has it, so that it can be replaced.
     */
    private static List<ProcessingRole> roles(ProcessingRole current) {
        return Arrays.stream(ProcessingRole.values())
                .filter(r -> r != ProcessingRole.RECIPIENT || current == ProcessingRole.RECIPIENT).toList();
    }

    private static void change(NoticeEditor editor, int index, UnaryOperator<SystemUse> change) {
        editor.changeSelectedRegister(b -> b.systems(Lists.replace(editor.selectedRegister().orElseThrow().systems(), index, change)));
    }

}
