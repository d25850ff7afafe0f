package fi.seloste.ui.wizard;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Evästeet ja analytiikka; automaattinen päätöksenteko ja profilointi (Art. 13(2)(f)). */
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
                f.check("cookies-used", "cookies.used", cookies.used(), on -> {
                    editor.changeSelectedRegister(b -> b.cookies(new Cookies(on, c(editor).analytics(), c(editor).description())));
                    context.rebuild().run();
                }),
                f.check("cookies-analytics", "cookies.analytics", cookies.analytics(),
                        on -> editor.changeSelectedRegister(b -> b.cookies(new Cookies(c(editor).used(), on, c(editor).description())))));
        if (cookies.used() || cookies.analytics()) {
            content.getChildren().add(f.labelled("cookies.description", f.localized("cookies-description", "cookies.description", cookies.description(), true,
                    v -> editor.changeSelectedRegister(b -> b.cookies(new Cookies(c(editor).used(), c(editor).analytics(), v))))));
        }
        content.getChildren().addAll(f.heading("automated.title"), f.help("automated.intro"),
                f.check("automated-decisions", "automated.decisions", automated.decisions(), on -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(new AutomatedDecisions(on, a(editor).profiling(), a(editor).logic(), a(editor).significance())));
                    context.rebuild().run();
                }),
                f.check("automated-profiling", "automated.profiling", automated.profiling(), on -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(new AutomatedDecisions(a(editor).decisions(), on, a(editor).logic(), a(editor).significance())));
                    context.rebuild().run();
                }));
        if (automated.decisions() || automated.profiling()) {
            content.getChildren().addAll(
                    f.labelled("automated.logic", f.localized("automated-logic", "automated.logic", automated.logic(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(new AutomatedDecisions(a(editor).decisions(), a(editor).profiling(), v, a(editor).significance()))))),
                    f.labelled("automated.significance", f.localized("automated-significance", "automated.significance", automated.significance(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(new AutomatedDecisions(a(editor).decisions(), a(editor).profiling(), a(editor).logic(), v))))));
        }
        return content;
    }

    private static Cookies c(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().cookies();
    }

    private static AutomatedDecisions a(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().automatedDecisions();
    }
}
