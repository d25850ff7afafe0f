package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.Consumer;

import fi.seloste.catalogue.CatalogueCategory;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.catalogue.CategoryOption;
import fi.seloste.catalogue.RegisterTemplateContent;
import fi.seloste.catalogue.SubjectOption;
import fi.seloste.domain.Article9Condition;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Rekisteröidyt ja tietosisältö: checklists from the register's template plus the owner's own entries. A special
 * category asks for its Art. 9(2) condition; henkilötunnus asks why it is needed.
 */
final class DataStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.DATA;
    }


    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        RegisterTemplateContent template = Catalogues.templates().get(register.template());
        VBox content = new VBox(8, f.help("data.intro"), f.heading("data.subjects"));
        subjects(context, register, template, content);
        content.getChildren().add(f.heading("data.categories"));
        categories(context, register, template, content);
        if (register.processesIdentityCode()) {
            content.getChildren().addAll(f.heading("data.identityCode"), f.help("data.identityCode.help"),
                    Fields.limited(f.localized("data-identity-code-reason", "data.identityCode.reason", TextLimit.TEXT,
                            register.identityCodeReason(), true,
                            v -> context.editor().changeSelectedRegister(b -> b.identityCodeReason(v)))));
        }
        return content;
    }

    private static final ItemList<DataSubjectGroup> SUBJECTS =
            new ItemList<>(Register::dataSubjects, Register.Builder::dataSubjects, DataSubjectGroup::catalogKey);
    private static final ItemList<DataCategory> CATEGORIES =
            new ItemList<>(Register::dataCategories, Register.Builder::dataCategories, DataCategory::catalogKey);

    /**
     * The id of the control that shows the register's data subject group at {@code index} as {@link #subjects} builds
     * it: the catalogue's checkbox for a group the template offers, else the owner's own entry's field.
     */
    static String subjectControlId(Register register, int index) {
        java.util.Set<String> offered = new java.util.HashSet<>();
        Catalogues.templates().get(register.template()).dataSubjects().forEach(o -> offered.add(o.key()));
        return controlId("subject", register.dataSubjects(), index, DataSubjectGroup::catalogKey, offered::contains);
    }

    /** As {@link #subjectControlId} for a data category; every catalogue category is offered. */
    static String categoryControlId(Register register, int index) {
        java.util.Set<String> offered = new java.util.HashSet<>();
        Catalogues.templates().get(register.template()).dataCategories().forEach(o -> offered.add(o.key()));
        Catalogues.dataCategories().forEach(c -> offered.add(c.key()));
        return controlId("category", register.dataCategories(), index, DataCategory::catalogKey, offered::contains);
    }

    private static <T> String controlId(String prefix, List<T> all, int index, Function<T, String> keyOf,
                                        java.util.function.Predicate<String> offered) {
        int own = 0;
        for (int i = 0; i < index; i++) {
            String key = keyOf.apply(all.get(i));
            if (key == null || !offered.test(key)) {
                own++;
            }
        }
        String key = keyOf.apply(all.get(index));
        return key != null && offered.test(key) ? prefix + "-" + key : prefix + "-own-" + own + "-text";
    }

    private void subjects(StepContext context, Register register, RegisterTemplateContent template, VBox content) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Map<String, DataSubjectGroup> offered = new LinkedHashMap<>();
        for (SubjectOption option : template.dataSubjects()) {
            offered.put(option.key(), option.toDataSubjectGroup());
        }
        for (DataSubjectGroup option : offered.values()) {
            boolean chosen = register.dataSubjects().stream().anyMatch(g -> option.catalogKey().equals(g.catalogKey()));
            content.getChildren().add(f.checkWithText("subject-" + option.catalogKey(), option.label().in(f.i18n().language()), chosen, on -> {
                if (on) {
                    List<DataSubjectGroup> groups = new ArrayList<>(current(editor).dataSubjects());
                    groups.removeIf(g -> option.catalogKey().equals(g.catalogKey()));
                    groups.add(option);
                    editor.changeSelectedRegister(b -> b.dataSubjects(groups));
                } else {
                    removeFrom(context, SUBJECTS, withKey(option.catalogKey(), DataSubjectGroup::catalogKey),
                            g -> removedMessage(f, g.label(), "undo.unnamed.subject"));
                }
            }));
        }
        List<DataSubjectGroup> all = register.dataSubjects();
        int own = 0;
        for (int i = 0; i < all.size(); i++) {
            DataSubjectGroup group = all.get(i);
            if (group.catalogKey() == null || !offered.containsKey(group.catalogKey())) {
                int index = i;
                content.getChildren().add(ownEntry(context, "subject-own-" + own++, "data.subjects.own", group.label(),
                        label -> editor.changeSelectedRegister(b -> b.dataSubjects(Lists.replace(current(editor).dataSubjects(),
                                index, g -> new DataSubjectGroup(g.catalogKey(), label)))),
                        () -> removeFrom(context, SUBJECTS, list -> index, g -> removedMessage(f, g.label(), "undo.unnamed.subject"))));
            }
        }
        content.getChildren().add(addOwn(context, "subject-add", "data.subjects.add",
                text -> editor.changeSelectedRegister(b -> b.dataSubjects(Lists.add(current(editor).dataSubjects(),
                        new DataSubjectGroup(null, LocalizedText.EMPTY.with(f.textLanguage(), text)))))));
    }

    private void categories(StepContext context, Register register, RegisterTemplateContent template, VBox content) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Map<String, DataCategory> offered = new LinkedHashMap<>();
        for (CategoryOption option : template.dataCategories()) {
            offered.put(option.key(), option.toDataCategory());
        }
        for (CatalogueCategory category : Catalogues.dataCategories()) {
            offered.putIfAbsent(category.key(), new DataCategory(category.key(), category.label(), category.specialCategory(), null));
        }
        for (DataCategory option : offered.values()) {
            DataCategory chosen = register.dataCategories().stream()
                    .filter(c -> option.catalogKey().equals(c.catalogKey())).findFirst().orElse(null);
            content.getChildren().add(f.checkWithText("category-" + option.catalogKey(), option.label().in(f.i18n().language()), chosen != null, on -> {
                if (on) {
                    List<DataCategory> categories = new ArrayList<>(current(editor).dataCategories());
                    categories.removeIf(c -> option.catalogKey().equals(c.catalogKey()));
                    categories.add(option);
                    editor.changeSelectedRegister(b -> b.dataCategories(categories));
                } else {
                    removeFrom(context, CATEGORIES, withKey(option.catalogKey(), DataCategory::catalogKey),
                            c -> removedMessage(f, c.label(), "undo.unnamed.category"));
                }
                if (option.isSpecial() || DataCategory.PERSONAL_IDENTITY_CODE.equals(option.catalogKey())) {
                    context.rebuild().run();
                }
            }));
            if (chosen != null) {
                content.getChildren().add(details(context, chosen));
            }
        }
        List<DataCategory> all = register.dataCategories();
        int own = 0;
        for (int i = 0; i < all.size(); i++) {
            DataCategory category = all.get(i);
            if (category.catalogKey() == null || !offered.containsKey(category.catalogKey())) {
                int index = i;
                content.getChildren().add(ownEntry(context, "category-own-" + own++, "data.categories.own", category.label(),
                        label -> editor.changeSelectedRegister(b -> b.dataCategories(Lists.replace(current(editor).dataCategories(),
                                index, c -> new DataCategory(c.catalogKey(), label, c.specialCategory(), c.article9Condition(), c.optional())))),
                        () -> removeFrom(context, CATEGORIES, list -> index, c -> removedMessage(f, c.label(), "undo.unnamed.category"))));
            }
        }
        content.getChildren().add(addOwn(context, "category-add", "data.categories.add",
                text -> editor.changeSelectedRegister(b -> b.dataCategories(Lists.add(current(editor).dataCategories(),
                        DataCategory.ordinary(null, LocalizedText.EMPTY.with(f.textLanguage(), text)))))));
    }

    /** Where the item with the catalogue key is in a list, or -1. */
    private static <T> ToIntFunction<List<T>> withKey(String key, Function<T, String> keyOf) {
        return list -> {
            for (int i = 0; i < list.size(); i++) {
                if (key.equals(keyOf.apply(list.get(i)))) {
                    return i;
                }
            }
            return -1;
        };
    }

    /** Under a ticked category: "only sometimes", and for a special category its Art. 9(2) condition. */
    private Node details(StepContext context, DataCategory category) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        String id = "category-" + category.catalogKey();
        VBox box = new VBox(4, f.check(id + "-optional", "data.optional", category.optional(),
                on -> changeCategory(editor, category.catalogKey(), c -> c.withOptional(on))));
        if (category.isSpecial()) {
            box.getChildren().addAll(f.help("data.special", f.enumLabel(category.specialCategory())),
                    f.choice(id + "-condition", "data.special.condition", Arrays.asList(Article9Condition.values()),
                            category.article9Condition(), f::enumLabel,
                            condition -> changeCategory(editor, category.catalogKey(), c -> c.withArticle9Condition(condition))));
        }
        box.setPadding(new Insets(0, 0, 6, 28));
        return box;
    }

    private static void changeCategory(NoticeEditor editor, String key, java.util.function.UnaryOperator<DataCategory> change) {
        editor.changeSelectedRegister(b -> b.dataCategories(current(editor).dataCategories().stream()
                .map(c -> Objects.equals(c.catalogKey(), key) ? change.apply(c) : c)
                .toList()));
    }

    /**
     * One of the owner's own groups or data items: a field in the language she is writing in (with the Finnish
     * original under it while translating), so that every text the notice prints can be translated.
     */
    private Node ownEntry(StepContext context, String id, String labelKey, LocalizedText label,
                          Consumer<LocalizedText> change, Runnable remove) {
        Fields f = context.fields();
        Node field = Fields.limited(f.localized(id + "-text", labelKey, TextLimit.NAME, label, false, change));
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(8, field, removeButton(context, id + "-remove", remove));
        row.setId(id);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node addOwn(StepContext context, String id, String key, Consumer<String> add) {
        Fields f = context.fields();
        TextField text = Controls.textField(id + "-text", f.i18n().text(key), f.i18n().text(key));
        LengthLimit.attach(text, TextLimit.NAME, f.i18n());
        Button button = Controls.button(id, f.i18n().text("data.add"));
        Runnable submit = () -> {
            if (!text.getText().isBlank()) {
                add.accept(text.getText().strip());
                context.rebuild().run();
            }
        };
        button.setOnAction(e -> submit.run());
        text.setOnAction(e -> submit.run());
        Node field = Fields.limited(text);
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(8, field, button);
    }

    private static Register current(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow();
    }
}
