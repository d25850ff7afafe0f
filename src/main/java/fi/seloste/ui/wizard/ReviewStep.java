package fi.seloste.ui.wizard;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Finding;
import fi.seloste.domain.check.Severity;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Tarkistus: what GDPR Art. 13/14 still need, each finding linking to its step; the notice's languages and the
 * date of its next yearly review.
 */
final class ReviewStep implements Step {

    @Override
    public NoticeStep id() {
        return NoticeStep.REVIEW;
    }

    @Override
    public Node build(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        List<Finding> findings = new CompletenessCheck().check(editor.current(), LocalDate.now());
        VBox list = new VBox(6);
        list.setId("review-findings");
        if (findings.isEmpty()) {
            list.getChildren().add(f.help("review.complete"));
        }
        int index = 0;
        for (Finding finding : findings) {
            list.getChildren().add(findingRow(context, finding, index++));
        }
        long errors = findings.stream().filter(x -> x.severity() == Severity.ERROR).count();
        Label summary = new Label(f.i18n().text("review.summary", errors, findings.size() - errors));
        summary.setId("review-summary");
        summary.getStyleClass().add("title-4");
        return new VBox(12, f.help("review.intro"), summary, list, oldNoticeMarks(context), f.heading("review.publishing"), languages(context),
                f.labelled("review.nextReview", nextReview(context)), dates(context), new SignOffSection(f, editor, errors));
    }

    /**
     * The fields whose values came from the old notice and are not yet checked: notes, not errors (the notice may be
     * signed with them), each with a link to its field. Empty when there are none.
     */
    private Node oldNoticeMarks(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        VBox box = new VBox(6);
        box.setId("review-old-notice-marks");
        java.util.Map<fi.seloste.domain.PlacedFieldKey, List<fi.seloste.domain.FromOldNotice>> marks = editor.oldNoticeMarks().byField();
        if (marks.isEmpty()) {
            box.setVisible(false);
            box.setManaged(false);
            return box;
        }
        box.getChildren().addAll(f.heading("oldnotice.marks.review.title"), f.help("oldnotice.marks.review.help"));
        int index = 0;
        for (List<fi.seloste.domain.FromOldNotice> field : marks.values()) {
            fi.seloste.domain.FromOldNotice mark = field.get(0);
            String id = "review-old-notice-mark-" + index++;
            Label severity = new Label(f.i18n().text("severity.INFO"));
            severity.getStyleClass().addAll("severity", "severity-info");
            severity.setMinWidth(90);
            String where = MarkPlaces.name(mark.field(), f.i18n());
            if (mark.field().registerId() != null) {
                where = editor.register(mark.field().registerId()).map(r -> NoticeOutlineNames.name(r, f) + ": ").orElse("") + where;
            }
            Label message = new Label(f.i18n().text("oldnotice.marks.review.row", where, mark.sentence()));
            message.setId(id + "-text");
            message.setWrapText(true);
            Hyperlink go = new Hyperlink(f.i18n().text("review.goTo", f.i18n().text("step." + mark.field().field().step().name())));
            go.setId(id + "-go");
            go.setOnAction(e -> {
                javafx.scene.Node page = pageOf(go);
                if (mark.field().registerId() != null && mark.field().field().step() != NoticeStep.REGISTERS
                        && editor.register(mark.field().registerId()).isPresent()) {
                    editor.selectedRegisterId().set(mark.field().registerId());
                }
                context.goTo().accept(mark.field().field().step());
                if (page != null) {
                    MarkPlaces.focus(((javafx.scene.control.ScrollPane) page).getContent(), editor, mark);
                }
            });
            HBox row = new HBox(10, severity, new VBox(2, message, go));
            row.setId(id);
            row.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private static javafx.scene.Node pageOf(javafx.scene.Node node) {
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    private Node findingRow(StepContext context, Finding finding, int index) {
        Fields f = context.fields();
        Label severity = new Label(f.i18n().text("severity." + finding.severity().name()));
        severity.getStyleClass().addAll("severity", "severity-" + finding.severity().name().toLowerCase(java.util.Locale.ROOT));
        severity.setMinWidth(90);
        Label message = new Label(finding.message(f.i18n().language()));
        message.setWrapText(true);
        VBox text = new VBox(2, message);
        // A finding about this very page (the review date) is fixed below it: a link to the page itself leads nowhere.
        if (finding.step() != NoticeStep.REVIEW) {
            Hyperlink go = new Hyperlink(f.i18n().text("review.goTo", f.i18n().text("step." + finding.step().name())));
            go.setId("finding-" + index + "-go");
            go.setOnAction(e -> {
                if (finding.registerId() != null) {
                    context.editor().selectedRegisterId().set(finding.registerId());
                }
                context.goTo().accept(finding.step());
            });
            text.getChildren().add(go);
        }
        HBox row = new HBox(10, severity, text);
        row.setId("finding-" + index);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node languages(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        HBox box = new HBox(16);
        box.setId("review-languages");
        for (Language language : Language.values()) {
            box.getChildren().add(f.check("review-language-" + language.tag(), "language." + language.tag(),
                    editor.current().settings().languages().contains(language), on -> {
                        editor.changeSettings(s -> {
                            Set<Language> languages = EnumSet.copyOf(s.languages());
                            if (on) {
                                languages.add(language);
                            } else {
                                languages.remove(language);
                            }
                            return SettingsChanges.languages(s, languages);
                        });
                        context.rebuild().run();
                    }));
        }
        return f.labelled("review.languages", box);
    }

    private Node nextReview(StepContext context) {
        NoticeEditor editor = context.editor();
        return context.fields().date("review-next-date", "review.nextReview", editor.current().settings().nextReview(), true,
                date -> editor.changeSettings(s -> SettingsChanges.nextReview(s, date)));
    }

    /** Laadittu / päivitetty: the notice's own dates as the owner gives them; empty prints none. */
    private Node dates(StepContext context) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        NoticeSettings settings = editor.current().settings();
        DatePicker drawnUp = f.date("review-drawn-up", "review.drawnUp", settings.drawnUp(), true,
                date -> editor.changeSettings(s -> s.withDates(date, s.lastUpdated())));
        DatePicker lastUpdated = f.date("review-last-updated", "review.lastUpdated", settings.lastUpdated(), true,
                date -> editor.changeSettings(s -> s.withDates(s.drawnUp(), date)));
        GridPane form = Fields.form();
        f.row(form, "review.drawnUp", drawnUp);
        f.row(form, "review.lastUpdated", lastUpdated);
        return new VBox(6, f.heading("review.dates"), f.help("review.dates.help"), form);
    }
}
