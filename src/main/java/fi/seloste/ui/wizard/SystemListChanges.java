package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemKeys;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.record.ProcessorAgreement;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Adding systems to the business (from the catalogue or her own), used by the selected register, and taking one out
 * so that it can be put back. A system added is opened for editing, scrolled into view and given the focus, with a
 * short confirmation.
 */
final class SystemListChanges {

    /** The open cards of the business's one list of systems. */
    static final Object CARDS = SystemListChanges.class;

    private SystemListChanges() {
    }

    /**
     * Whether the entry is there already: a system the business has (whichever registers use it), or a statutory one
     * as a recipient of that name in the selected register.
     */
    static boolean isAdded(NoticeEditor editor, CatalogueSystem entry) {
        if (entry.statutory()) {
            return editor.selectedRegister().orElseThrow().recipients().stream()
                    .anyMatch(r -> r.name().fi().strip().equalsIgnoreCase(entry.name()));
        }
        return editor.current().systems().stream().anyMatch(s -> entry.id().equals(s.catalogId()));
    }

    /**
     * Adds the entries (a statutory one to the selected register's recipients, since the law makes it a disclosure;
     * the others to the business, used by the selected register) and shows the first.
     */
    static void add(StepContext context, List<CatalogueSystem> chosen, Scene scene) {
        NoticeEditor editor = context.editor();
        Register register = editor.selectedRegister().orElseThrow();
        List<Recipient> recipients = new ArrayList<>(register.recipients());
        List<SystemUse> systems = new ArrayList<>();
        for (CatalogueSystem entry : chosen) {
            if (entry.statutory()) {
                recipients.add(entry.toRecipient());
            } else {
                systems.add(entry.needsHostingProvider() ? entry.toSystemUse().withVendor("") : entry.toSystemUse());
            }
        }
        int first = editor.current().systems().size();
        if (recipients.size() > register.recipients().size()) {
            editor.changeSelectedRegister(b -> b.recipients(recipients));
        }
        if (!systems.isEmpty()) {
            editor.changeSystems(n -> {
                Notice more = n;
                for (SystemUse system : systems) {
                    more = more.withSystemAdded(system, Set.of(register.id()));
                }
                return more;
            });
        }
        for (int i = first; i < first + systems.size(); i++) {
            editor.openSystemCards().setOpen(CARDS, i, true);
        }
        context.rebuild().run();
        String names = String.join(", ", chosen.stream().map(e -> e.name(context.fields().i18n().language())).toList());
        boolean toRecipients = chosen.stream().anyMatch(CatalogueSystem::statutory);
        String message = context.fields().i18n().text(toRecipients ? "systems.added.recipients" : "systems.added", names);
        CataloguePicker.confirm(scene, message);
        if (!systems.isEmpty()) {
            showAdded(scene, first, message);
        } else {
            focus(scene, "#systems-search", message);
        }
    }

    /** Adds an empty system of her own, used by the selected register, open to be filled in. */
    static void addOwn(StepContext context, Scene scene) {
        NoticeEditor editor = context.editor();
        long registerId = editor.selectedRegister().orElseThrow().id();
        int at = editor.current().systems().size();
        editor.changeSystems(n -> n.withSystemAdded(
                new SystemUse(null, "", "", LocalizedText.EMPTY, ProcessingRole.PROCESSOR, LocalizedText.EMPTY, List.of(), "", null),
                Set.of(registerId)));
        editor.openSystemCards().setOpen(CARDS, at, true);
        context.rebuild().run();
        showAdded(scene, at, context.fields().i18n().text("systems.added.own"));
    }

    /**
     * Takes the business's system at the index out, from every register that used it, with its processor agreement
     * in each register's record, and returns what puts all of it back.
     */
    static Runnable remove(NoticeEditor editor, int index) {
        Notice before = editor.current();
        SystemUse removed = before.systems().get(index);
        Map<Long, ProcessorAgreement> agreements = new LinkedHashMap<>();
        for (Register r : before.registersUsing(removed)) {
            int place = before.systemsOf(r).indexOf(removed);
            agreements.put(r.id(), editor.currentRecord().of(r.id()).agreements().stream()
                    .filter(a -> a.system() == place).findFirst().orElse(null));
        }
        // The record of processing keeps each agreement by the system's place: changeSystems moves the later ones up.
        editor.changeSystems(n -> n.withSystems(Lists.remove(n.systems(), index)));
        editor.openSystemCards().removed(CARDS, index);
        return () -> {
            Notice now = editor.current();
            int at = Math.min(index, now.systems().size());
            boolean keyTaken = now.systems().stream().anyMatch(s -> s.key().equals(removed.key()));
            SystemUse back = keyTaken ? removed.withKey(SystemKeys.fresh(now.systems())) : removed;
            editor.changeSystems(n -> SystemUsage.usedBy(n.withSystems(Lists.insert(n.systems(), at, back)),
                    agreements.keySet(), back.key()));
            Notice after = editor.current();
            agreements.forEach((registerId, agreement) -> after.registers().stream().filter(r -> r.id() == registerId)
                    .findFirst().filter(r -> agreement != null).ifPresent(r -> editor.changeRegisterRecord(registerId,
                            record -> record.withAgreement(agreement.atSystem(after.systemsOf(r).indexOf(back))))));
            editor.openSystemCards().inserted(CARDS, at);
        };
    }

    /** The business's system at the index as it is now. */
    static Optional<SystemUse> system(NoticeEditor editor, int index) {
        List<SystemUse> systems = editor.current().systems();
        return index < systems.size() ? Optional.of(systems.get(index)) : Optional.empty();
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
