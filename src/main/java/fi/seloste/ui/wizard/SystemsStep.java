package fi.seloste.ui.wizard;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import fi.seloste.catalogue.CatalogueFact;
import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.CatalogueUpdates;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Register;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Järjestelmät: the business's systems and processors, said once for all registers, from the built-in catalogue or
 * the owner's own, in-house software and paper records included; each card says which registers use the system. A
 * system added while a register is chosen is ticked for that register only: she adds it from that register's view,
 * and ticks the others herself. Kanta's Patient Data Repository is a system too (the provider stays the controller); a statutory
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
        Notice notice = context.editor().current();
        VBox content = new VBox(12, f.help("systems.intro"));
        if (notice.registers().size() > 1) {
            content.getChildren().add(f.help("systems.shared", NoticeOutlineNames.name(register, f)));
        }
        MergeNoteBox.of(f, context.editor(), SharedSection.SYSTEMS).ifPresent(content.getChildren()::add);
        content.getChildren().add(catalogue(context));
        for (int i = 0; i < notice.systems().size(); i++) {
            content.getChildren().add(systemCard(context, notice.systems().get(i), i));
        }
        return content;
    }

    private Node catalogue(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox box = new VBox(6);
        CataloguePicker picker = new CataloguePicker(f, entry -> SystemListChanges.isAdded(editor, entry),
                chosen -> SystemListChanges.add(context, chosen, box.getScene()));
        Button own = Controls.button("systems-add-own", f.i18n().text("systems.addOwn"));
        own.setOnAction(e -> SystemListChanges.addOwn(context, box.getScene()));
        box.getChildren().addAll(picker, new HBox(8, picker.addButton(), own));
        if (KantaNote.relevant(editor.current())) {
            Label kanta = f.help("systems.kantaNote");
            kanta.setId("systems-kanta-note");
            box.getChildren().add(kanta);
        }
        return box;
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
        VBox card = new VBox(8, form);
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
            String removed = removedMessage(f, editor.current().systems().get(index).name(), "undo.unnamed.system");
            remember(context, removed, SystemListChanges.remove(editor, index));
        });
        boolean open = editor.openSystemCards().isOpen(SystemListChanges.CARDS, index) || CatalogueUpdates.of(system).isPresent();
        VBox shown = SystemCard.of(f, id, () -> SystemListChanges.system(editor, index).orElse(system), open,
                on -> editor.openSystemCards().setOpen(SystemListChanges.CARDS, index, on), List.of(remove), card);
        // Which registers use it is asked on the closed card too: it is what differs between registers.
        SystemUsage.checkboxes(f, editor, system, id).ifPresent(usage -> shown.getChildren().add(1, usage));
        return shown;
    }

    /**
     * The roles the owner can choose. RECIPIENT only means an older Seloste did not ask; it is shown only while a
     * system still has it, so that it can be replaced.
     */
    private static List<ProcessingRole> roles(ProcessingRole current) {
        return Arrays.stream(ProcessingRole.values())
                .filter(r -> r != ProcessingRole.RECIPIENT || current == ProcessingRole.RECIPIENT).toList();
    }

    /** Changes the business's system at index; it keeps its key, so the registers that use it still do. */
    private static void change(NoticeEditor editor, int index, UnaryOperator<SystemUse> change) {
        editor.changeSystems(n -> n.withSystems(Lists.replace(n.systems(), index, s -> change.apply(s).withKey(s.key()))));
    }

}
