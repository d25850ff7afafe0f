package fi.seloste.ui.wizard;

import java.util.List;

import fi.seloste.domain.AutomatedDecisions;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.Cookies;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.domain.SharedSection;
import fi.seloste.domain.TextLimit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Evästeet; automatisoidut yksittäispäätökset ja profilointi (Art. 13(2)(f), 22). Each question has an explicit
 * answer, yes or no; until the owner gives one the notice prints nothing and the check reports it. Cookies in use
 * are listed one by one, with how consent is asked (laki sähköisen viestinnän palveluista 205 §). Cookies are the
 * business's website's, the same for every register; automated decisions are the chosen register's, which is why
 * the step keeps the register chooser.
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
        Cookies cookies = editor.current().cookies();
        AutomatedDecisions automated = register.automatedDecisions();
        VBox content = new VBox(10, f.heading("cookies.title"), f.help("cookies.intro"), f.help("shared.allRegisters"));
        MergeNoteBox.of(f, editor, SharedSection.COOKIES).ifPresent(content.getChildren()::add);
        content.getChildren().add(f.labelled("cookies.used", f.answer("cookies-used", "cookies.used", cookies.used(), v -> {
                    editor.changeCookies(c -> c.withUsed(v));
                    context.rebuild().run();
                })));
        if (cookies.used().isYes()) {
            content.getChildren().addAll(
                    CookieInventory.of(f, cookies.inventory(), editor.current().systems(),
                            list -> editor.changeCookies(c -> c.withInventory(list)), context.rebuild()),
                    consent(f, editor, cookies),
                    f.labelled("cookies.description", f.localized("cookies-description", "cookies.description", TextLimit.TEXT,
                            cookies.description(), true,
                            v -> editor.changeCookies(c -> c.withDescription(v)))));
        }
        content.getChildren().addAll(f.heading("automated.title"), f.help("automated.intro"), f.help("automated.perRegister"),
                f.labelled("automated.decisions", f.answer("automated-decisions", "automated.decisions", automated.decisions(), v -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withDecisions(v)));
                    context.rebuild().run();
                })),
                f.labelled("automated.profiling", f.answer("automated-profiling", "automated.profiling", automated.profiling(), v -> {
                    editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withProfiling(v)));
                    context.rebuild().run();
                })));
        if (automated.anyUsed()) {
            content.getChildren().addAll(
                    f.labelled("automated.logic", f.localized("automated-logic", "automated.logic", TextLimit.TEXT, automated.logic(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withLogic(v))))),
                    f.labelled("automated.significance", f.localized("automated-significance", "automated.significance", TextLimit.TEXT,
                            automated.significance(), true,
                            v -> editor.changeSelectedRegister(b -> b.automatedDecisions(a(editor).withSignificance(v))))));
        }
        return content;
    }

    /** How consent is asked; "choose…" until the owner says. Browser settings are offered, and said not to be consent. */
    private static Node consent(Fields f, NoticeEditor editor, Cookies cookies) {
        var choice = f.choice("cookies-consent", "cookies.consent",
                List.of(CookieConsent.CONSENT_TOOL, CookieConsent.BROWSER_SETTINGS_ONLY),
                cookies.consent() == CookieConsent.NOT_STATED ? null : cookies.consent(), f::enumLabel,
                v -> editor.changeCookies(c -> c.withConsent(v == null ? CookieConsent.NOT_STATED : v)));
        Label help = f.help("cookies.consent.help");
        help.setId("cookies-consent-help");
        choice.setAccessibleHelp(help.getText());
        return new VBox(4, f.labelled("cookies.consent", choice), help);
    }

    private static AutomatedDecisions a(NoticeEditor editor) {
        return editor.selectedRegister().orElseThrow().automatedDecisions();
    }
}
