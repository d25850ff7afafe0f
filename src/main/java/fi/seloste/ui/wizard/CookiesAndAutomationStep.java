package fi.seloste.ui.wizard;

import java.util.Arrays;

import fi.seloste.domain.Answer;
import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * Evästeet; automatisoidut päätökset ja profilointi (Art. 13(2)(f), 22). Each question has an explicit answer, yes or
 * no; until the owner gives one the notice prints nothing and the check reports it.
 */
final class CookiesAndAutomationStep extends RegisterStep {

    @Override
    public NoticeStep id() {
        return NoticeStep.COOKIES_AND_AUTOMATION;
    }

    @Override
    Node build(StepContext context, Register register) {
        Fields f = context.fields();
        NoticeEditor editor = context.editor();
        Cookies cookies = register.cookies();
        AutomatedDecisions automated = register.automatedDecisions();
        VBox content = new VBox(10, f.heading("cookies.title"), f.help("cookies.intro"),
                f.labelled("cookies.used", answer(f, "cookies-used", "cookies.used", cookies.used(), v -> {
                    editor.changeSelectedRegister(b -> b.cookies(c(editor).withUsed(v)));
                    context.rebuild().run();
                })));
        if (cookies.used().isYes()) {
            content.getChildren().add(f.labelled("cookies.description", f.localized("cookies-description", "cookies.description",
                    cookies.description(), true, v -> editor.changeSelectedRegister(b -> b.cookies(c(editor).withDescription(v))))));
        }
        content.getChildren().addAll(f.heading("automated.title"), f.help("automated.intro"),
                f.labelled("automated.decisions", answer(f, "automated-decisions", "automated.decisions", automated.decisions(), v -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withDecisions(v)));
                    context.rebuild().run();
                })),
                f.labelled("automated.profiling", answer(f, "automated-profiling", "automated.profiling", automated.profiling(), v -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withProfiling(v)));
                    context.rebuild().run();
                })));
        if (automated.anyUsed()) {
            content.getChildren().addAll(
                    f.labelled("automated.logic", f.localized("automated-logic", "automated.logic", automated.logic(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withLogic(v))))),
                    f.labelled("automated.significance", f.localized("automated-significance", "automated.significance",
                            automated.significance(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withSignificance(v))))));
        }
        return content;
    }

    /** Yes / no, with "not answered yet" shown as "choose…" until the owner picks one. */
    static Node answer(Fields f, String id, String labelKey, Answer value, java.util.function.Consumer<Answer> onChange) {
        return f.choice(id, labelKey, Arrays.asList(Answer.YES, Answer.NO), value.isAnswered() ? value : null,
                f::enumLabel, v -> onChange.accept(v == null ? Answer.NOT_ANSWERED : v));
    }

    private static Cookies c(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().cookies();
    }

    private static AutomatedDecisions a(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().automatedDecisions();
    }
}
