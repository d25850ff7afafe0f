package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fi.seloste.testing.LimitNotices;

/** Where a line of the PDF may break: as the JDK's rules say, before the slashes of a web address, and in a huge word. */
class PdfLineBreaksTest {

    @Test
    void proseBreaksWhereTheJdksRulesSay() {
        String prose = LimitNotices.prose(20_000) + " (sulkeissa), “lainaus” – ja ääkköset: 12,5 %.";

        assertThat(breaks(prose)).isEqualTo(jdkBreaks(prose));
    }

    @Test
    void aWebAddressBreaksBeforeTheSlashesOfItsPathButNotInsideTheSchemesSlashes() {
        String text = "Katso https://www.flowest.fi/tietosuoja/seloste.pdf tai www.example.fi/a/ ja/tai tämä/.";

        List<Integer> breaks = breaks(text);

        assertThat(breaks).contains(text.indexOf("/tietosuoja"), text.indexOf("/seloste.pdf"), text.indexOf("/a/"));
        assertThat(breaks).doesNotContain(text.indexOf("//"), text.indexOf("//") + 1, text.indexOf("/ ja"),
                text.indexOf("/."));
        int scheme = text.indexOf("//");
        assertThat(breaks).containsAll(jdkBreaks(text).stream().filter(at -> at != scheme).toList());
    }

    @Test
    void theNumberOfALawStaysWhole() {
        String text = "lagen om behandling av kunduppgifter inom social- och hälsovården 703/2023";
        assertThat(breaks(text)).doesNotContain(text.indexOf('/')).isEqualTo(jdkBreaks(text));
    }

    @Test
    void aWordLongerThanAnyLineGetsABreakEveryThousandCharacters() {
        String word = "x".repeat(5_500);

        assertThat(breaks(word)).containsExactly(1000, 2000, 3000, 4000, 5000, 5500);
    }

    @Test
    void aBreakInAHugeWordNeverSplitsACharacterOutsideTheBasicPlane() {
        String word = "x" + LimitNotices.astral(2_000);

        for (int at : breaks(word)) {
            assertThat(Character.isLowSurrogate(word.charAt(Math.min(at, word.length() - 1))) && at < word.length())
                    .as("break at %d", at).isFalse();
        }
        assertThat(breaks(word)).last().isEqualTo(word.length());
    }

    /** The layout sets the rest of a paragraph again on every line; each text is broken on its own. */
    @Test
    void settingANewTextStartsOver() {
        PdfLineBreaks breaker = new PdfLineBreaks();
        breaker.setText("yksi kaksi");
        breaker.next();
        breaker.setText("kolme neljä");

        assertThat(breaker.next()).isEqualTo(6);
        assertThat(breaker.next()).isEqualTo(11);
        assertThat(breaker.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaker.next()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void anEmptyTextHasNoBreak() {
        PdfLineBreaks breaker = new PdfLineBreaks();
        breaker.setText("");

        assertThat(breaker.next()).isEqualTo(BreakIterator.DONE);
    }

    private static List<Integer> breaks(String text) {
        PdfLineBreaks breaker = new PdfLineBreaks();
        breaker.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            breaks.add(at);
        }
        return breaks;
    }

    private static List<Integer> jdkBreaks(String text) {
        BreakIterator jdk = BreakIterator.getLineInstance(Locale.ROOT);
        jdk.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int at = jdk.next(); at != BreakIterator.DONE; at = jdk.next()) {
            breaks.add(at);
        }
        return breaks;
    }
}
