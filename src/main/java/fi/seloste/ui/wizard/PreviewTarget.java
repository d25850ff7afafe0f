package fi.seloste.ui.wizard;

import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Register;
import fi.seloste.export.StepSections;

import javafx.scene.control.Label;

/**
 * The heading the preview scrolls to for a step: the step's part of the register's section, else the register's
 * section (the part is not printed yet), else a section of the whole notice by that title; null for the top.
 */
final class PreviewTarget {

    private PreviewTarget() {
    }

    static Label of(List<ShownSection> shown, NoticeStep step, Register register, Language language) {
        List<String> titles = StepSections.titles(step, language);
        Optional<ShownSection> registerSection = register == null ? Optional.empty()
                : find(shown, List.of(StepSections.registerTitle(register, language)));
        Optional<ShownSection> part = registerSection.flatMap(r -> find(r.parts(), titles));
        if (part.isPresent()) {
            return part.get().heading();
        }
        Optional<ShownSection> whole = find(shown, titles);
        if (whole.isPresent()) {
            return whole.get().heading();
        }
        return step == NoticeStep.REVIEW ? null : registerSection.map(ShownSection::heading).orElse(null);
    }

    private static Optional<ShownSection> find(List<ShownSection> sections, List<String> titles) {
        for (String title : titles) {
            Optional<ShownSection> found = sections.stream().filter(s -> s.title().equals(title)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
