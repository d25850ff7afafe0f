package fi.seloste.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.check.StepProgress;
import fi.seloste.domain.check.StepState;
import fi.seloste.ui.I18n;

import org.junit.jupiter.api.Test;

/** The progress line in each UI language, with the number agreeing with its noun. */
class ProgressLineTest {

    private static StepProgress progress(int complete, int errors, int warnings) {
        Map<NoticeStep, StepState> states = new EnumMap<>(NoticeStep.class);
        for (NoticeStep step : NoticeStep.values()) {
            states.put(step, step.ordinal() < complete ? StepState.COMPLETE : StepState.NOT_STARTED);
        }
        return new StepProgress(states, errors, warnings);
    }

    private static String line(Language language, int complete, int errors, int warnings) {
        return ProgressLine.text(progress(complete, errors, warnings), I18n.of(language));
    }

    @Test
    void english() {
        assertThat(line(Language.EN, 8, 3, 0)).isEqualTo("8 of 13 steps complete, 3 errors");
        assertThat(line(Language.EN, 1, 1, 1)).isEqualTo("1 of 13 steps complete, 1 error, 1 warning");
        assertThat(line(Language.EN, 13, 0, 2)).isEqualTo("13 of 13 steps complete, 2 warnings");
    }

    @Test
    void finnish() {
        assertThat(line(Language.FI, 8, 3, 0)).isEqualTo("Vaiheita valmiina 8/13, 3 virhettä");
        assertThat(line(Language.FI, 0, 1, 1)).isEqualTo("Vaiheita valmiina 0/13, 1 virhe, 1 huomautus");
        assertThat(line(Language.FI, 12, 0, 4)).isEqualTo("Vaiheita valmiina 12/13, 4 huomautusta");
    }

    @Test
    void swedish() {
        assertThat(line(Language.SV, 8, 3, 0)).isEqualTo("8 av 13 steg klara, 3 fel");
        assertThat(line(Language.SV, 1, 1, 1)).isEqualTo("1 av 13 steg klart, 1 fel, 1 varning");
        assertThat(line(Language.SV, 0, 0, 2)).isEqualTo("0 av 13 steg klara, 2 varningar");
    }
}
