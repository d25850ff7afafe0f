package fi.seloste.export;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a line of the PDF may break: where the JDK's line break rules allow it, and also before a slash inside a
 * word, so that a long web address wraps at its path ("https://example.fi" | "/tietosuoja" | "/seloste.pdf"), never
 * inside the "://" after the scheme nor before a slash that no letter or digit follows. A run of more than
 * {@value #LONGEST_WORD} characters without a break (no line is that wide; the stylesheet's word-wrap: break-word
 * breaks such a word anywhere anyway) gets a break every {@value #LONGEST_WORD} characters.
 * <p>
 * Why not openhtmltopdf's own breaker: it looks for the next slash from each break to the end of the whole text,
 * and the layout asks for the breaks of the rest of a paragraph again on every line, so a long paragraph cost time
 * by the square of its length, and a long unbroken word by more (the reliability probe: 200,000 characters took
 * 17.5 s). This one never looks further than {@value #WINDOW} characters ahead, so a paragraph costs time in
 * proportion to its length. One instance per render: openhtmltopdf lays a document out on one thread.
 */
final class PdfLineBreaks implements FSTextBreaker {

    /** The longest run without a break: far wider than a line of the page at any font size the notice uses. */
    static final int LONGEST_WORD = 1000;
    /** How far ahead the JDK's rules look at most; they decide a break from a few characters around it. */
    private static final int WINDOW = LONGEST_WORD + 24;
    private static final int CONTEXT = 24;

    private final BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
    private String text = "";
    /** The break returned last, or DONE. */
    private int position;
    /** Where the word that holds position ends: the next break the JDK's rules allow. */
    private int wordEnd;
    /** The part of the text the JDK's iterator sees is [windowStart, windowEnd). */
    private int windowStart;
    private int windowEnd;

    @Override
    public void setText(String newText) {
        text = newText;
        position = 0;
        wordEnd = 0;
        window(0);
    }

    @Override
    public int next() {
        if (position == BreakIterator.DONE) {
            return BreakIterator.DONE;
        }
        if (position == wordEnd) {
            wordEnd = position == text.length() ? BreakIterator.DONE : wordEndAfter(position);
            while (wordEnd != BreakIterator.DONE && wordEnd < text.length() && isAfterScheme(wordEnd)) {
                wordEnd = wordEndAfter(wordEnd);
            }
            if (wordEnd == BreakIterator.DONE) {
                position = BreakIterator.DONE;
                return position;
            }
        }
        int slash = slashToBreakBefore(position + 1, wordEnd);
        position = slash >= 0 ? slash : wordEnd;
        return position;
    }

    /** The first break after from, from the JDK's rules over a window of the text that starts at most a word back. */
    private int wordEndAfter(int from) {
        int end = breakAfter(from);
        if (end == BreakIterator.DONE || windowEnd < text.length() && end > windowEnd - CONTEXT && from > windowStart) {
            window(from);
            end = breakAfter(from);
        }
        int longest = from + LONGEST_WORD;
        if (end > longest) {
            return Character.isLowSurrogate(text.charAt(longest)) ? longest - 1 : longest;
        }
        return end;
    }

    private int breakAfter(int from) {
        return words.current() == from ? words.next() : words.following(from);
    }

    private void window(int start) {
        windowStart = start;
        windowEnd = Math.min(text.length(), start + WINDOW);
        words.setText(new StringCharacterIterator(text, windowStart, windowEnd, windowStart));
    }

    /** Between the colon and the slashes of "https://", where the JDK's rules allow a break. */
    private boolean isAfterScheme(int at) {
        return text.charAt(at - 1) == ':' && text.startsWith("//", at);
    }

    /** The first slash in [from, to - 1) before which a line may break, or -1. */
    private int slashToBreakBefore(int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (text.charAt(i) == '/' && breaksBefore(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A slash that starts a part of a path: after neither a colon nor a slash, before a letter or a digit, and not
     * between two digits, as in the number of a law ("703/2023"), which must stay on one line.
     */
    private boolean breaksBefore(int slash) {
        char before = text.charAt(slash - 1);
        int after = text.codePointAt(slash + 1);
        return before != '/' && before != ':' && Character.isLetterOrDigit(after)
                && !(Character.isDigit(before) && Character.isDigit(after));
    }
}
