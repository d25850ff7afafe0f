package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.record.ProcessorAgreement;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Adding systems to the selected register (from the catalogue or her own) and taking one out so that it can be put
 * back. A system added is opened for editing, scrolled into view and given the focus, with a short confirmation.
 */
final class SystemListChanges {

    private SystemListChanges() {
    }

    /** Whether the register has the entry already: as a system, or a statutory one as a recipient of that name. */
    static boolean isAdded(Register register, CatalogueSystem entry) {
        if (entry.statutory()) {
            return register.recipients().stream().anyMatch(r -> r.name().fi().strip().equalsIgnoreCase(entry.name()));
        }
        return register.systems().stream().anyMatch(s -> entry.id().equals(s.catalogId()));
    }

    /** Adds the entries (a statutory one to the recipients, since the law makes it a disclosure) and shows the first. */
    static void add(StepContext context, List<CatalogueSystem> chosen, Scene scene) {
        NoticeEditor editor = context.editor();
        Register register = editor.selectedRegister().orElseThrow();
        List<SystemUse> systems = new ArrayList<>(register.systems());
        List<Recipient> recipients = new ArrayList<>(register.recipients());
        for (CatalogueSystem entry : chosen) {
            if (entry.statutory()) {
                recipients.add(entry.toRecipient());
            } else {
                systems.add(entry.needsHostingProvider() ? entry.toSystemUse().withVendor("") : entry.toSystemUse());
            }
        }
        editor.changeSelectedRegister(b -> b.systems(systems).recipients(recipients));
        int first = register.systems().size();
        for (int i = first; i < systems.size(); i++) {
            editor.openSystemCards().setOpen(register.id(), i, true);
        }
        context.rebuild().run();
        String names = String.join(", ", chosen.stream().map(e -> e.name(context.fields().i18n().language())).toList());
        boolean toRecipients = chosen.stream().anyMatch(CatalogueSystem::statutory);
        String message = context.fields().i18n().text(toRecipients ? "systems.added.recipients" : "systems.added", names);
        CataloguePicker.confirm(scene, message);
        if (systems.size() > first) {
            showAdded(scene, first, message);
        } else {
            focus(scene, "#systems-search", message);
        }
    }

    /** Adds an empty system of her own, open to be filled in. */
    static void addOwn(StepContext context, Scene scene) {
        NoticeEditor editor = context.editor();
        Register register = editor.selectedRegister().orElseThrow();
        int at = register.systems().size();
        editor.changeSelectedRegister(b -> b.systems(Lists.add(register.systems(),
                new SystemUse(null, "", "", LocalizedText.EMPTY, ProcessingRole.PROCESSOR, LocalizedText.EMPTY, List.of(), "", null))));
        editor.openSystemCards().setOpen(register.id(), at, true);
        context.rebuild().run();
        showAdded(scene, at, context.fields().i18n().text("systems.added.own"));
    }

    /**
     * Takes the system at the index out of the selected register, with its processor agreement in the record, and
     * returns what puts both back.
     */
    static Runnable remove(NoticeEditor editor, int index) {
        Register register = editor.selectedRegister().orElseThrow();
        long registerId = register.id();
        SystemUse removed = register.systems().get(index);
        ProcessorAgreement agreement = editor.currentRecord().of(registerId).agreements().stream()
                .filter(a -> a.system() == index).findFirst().orElse(null);
        editor.changeRegister(registerId, b -> b.systems(Lists.remove(register.systems(), index)));
        // The record of processing keeps each processor agreement by the system's place: move the later ones up.
        editor.changeRegisterRecord(registerId, r -> r.withoutSystem(index));
        editor.openSystemCards().removed(registerId, index);
        return () -> editor.register(registerId).ifPresent(now -> {
            int at = Math.min(index, now.systems().size());
            editor.changeRegister(registerId, b -> b.systems(Lists.insert(now.systems(), at, removed)));
            editor.changeRegisterRecord(registerId, r -> r.withSystemBack(at, agreement));
            editor.openSystemCards().inserted(registerId, at);
        });
    }

    /** The selected register's system at the index as it is now. */
    static Optional<SystemUse> system(NoticeEditor editor, int index) {
        return editor.selectedRegister().filter(r -> index < r.systems().size()).map(r -> r.systems().get(index));
    }

    private static void showAdded(Scene scene, int index, String message) {
        Node card = scene == null ? null : scene.lookup("#system-" + index);
        if (card != null) {
            ScrollIntoView.reveal(card);
            focus(scene, "#system-" + index + "-edit", message);
        }
    }

    private static void focus(Scene scene, String query, String message) {
        Node node = scene == null ? null : scene.lookup(query);
        if (node != null) {
            // Read out with the control: the owner hears what was added as the focus lands.
            String help = node.getAccessibleHelp();
            node.setAccessibleHelp(help == null || help.isBlank() ? message : message + " " + help);
            node.requestFocus();
        }
    }
}
