package fi.seloste.ui.wizard;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Register;
import fi.seloste.ui.Controls;
import fi.seloste.ui.wizard.Removals.Removal;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;

/** A step about one register: the wizard shows the register chooser above it and hands it the chosen register. */
abstract class RegisterStep implements Step {

    private static final int SHOWN_NAME = 60;

    /**
     * One list of a register (its purposes, its recipients…), as a step takes items out and puts them back. An item
     * with a catalogue key is put back only while no item with that key is there (it was ticked again meanwhile).
     */
    record ItemList<T>(Function<Register, List<T>> get, BiFunction<Register.Builder, List<T>, Register.Builder> set,
            Function<T, String> catalogKey) {

        ItemList(Function<Register, List<T>> get, BiFunction<Register.Builder, List<T>, Register.Builder> set) {
            this(get, set, item -> null);
        }

        List<T> withBack(List<T> now, int at, T item) {
            String key = catalogKey.apply(item);
            return key != null && now.stream().anyMatch(i -> key.equals(catalogKey.apply(i))) ? now : Lists.insert(now, at, item);
        }
    }

    @Override
    public final boolean perRegister() {
        return true;
    }

    @Override
    public final Node build(StepContext context) {
        return build(context, context.editor().selectedRegister().orElseThrow());
    }

    abstract Node build(StepContext context, Register register);

    /**
     * A button that removes one item of the selected register's list and shows the step again, with the item offered
     * back (the banner, Ctrl+Z); the focus goes to the banner's Undo, not to the card that moved up under the pointer.
     * place finds the item in the list as it is when the button is pressed.
     */
    <T> Button removeButton(StepContext context, String id, ItemList<T> list, ToIntFunction<List<T>> place, Function<T, String> removed) {
        return removeButton(context, id, () -> removeFrom(context, list, place, removed));
    }

    /** A button that runs the removal, shows the step again and gives the banner's Undo the focus. */
    static Button removeButton(StepContext context, String id, Runnable removal) {
        Button button = Controls.button(id, context.fields().i18n().text("wizard.remove"));
        button.getStyleClass().add("flat");
        button.setOnAction(e -> {
            Scene scene = button.getScene();
            removal.run();
            context.rebuild().run();
            UndoBar.focusUndo(scene);
        });
        return button;
    }

    /**
     * Takes the item out of the selected register's list, as it is now (typing since the page was built included),
     * and offers it back at its place.
     */
    <T> void removeFrom(StepContext context, ItemList<T> list, ToIntFunction<List<T>> place, Function<T, String> removed) {
        NoticeEditor editor = context.editor();
        Register register = editor.selectedRegister().orElseThrow();
        List<T> items = list.get().apply(register);
        int at = place.applyAsInt(items);
        if (at < 0 || at >= items.size()) {
            return;
        }
        T item = items.get(at);
        editor.changeRegister(register.id(), b -> list.set().apply(b, Lists.remove(items, at)));
        remember(context, removed.apply(item), () -> editor.changeRegister(register.id(),
                b -> list.set().apply(b, list.withBack(list.get().apply(editor.register(register.id()).orElseThrow()), at, item))));
    }

    /** Offers back something the owner just removed on this step, in the selected register. */
    void remember(StepContext context, String removed, Runnable restore) {
        Long registerId = context.editor().selectedRegister().map(Register::id).orElse(null);
        context.editor().removals().remember(new Removal(removed, id(), registerId, restore));
    }

    /** "Removed: X" with X cut short, or the item's kind when the owner gave it no name. */
    static String removedMessage(Fields f, String name, String unnamedKey) {
        String shown = name == null ? "" : name.strip();
        if (shown.length() > SHOWN_NAME) {
            shown = shown.substring(0, SHOWN_NAME - 1).strip() + "…";
        }
        return f.i18n().text("undo.removed", shown.isEmpty() ? f.i18n().text(unnamedKey) : shown);
    }

    /** The same for a text the owner writes per language: as written in the language shown, else in Finnish. */
    static String removedMessage(Fields f, LocalizedText name, String unnamedKey) {
        return removedMessage(f, name.isBlankIn(f.textLanguage()) ? name.fi() : name.in(f.textLanguage()), unnamedKey);
    }
}
