package fi.seloste.oldnotice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF page with the lines a word processor wrapped at the page width joined again: a line is wrapped
 * when the first word of the next would not have fitted after it within the text's width. Where that is cannot be
 * told from the text ("Telefon 019" then "246 1180" reads as a new line with a phone number), only from where the
 * words stand. A page whose lines are all short (a column of labels) is not joined: its widest line is no margin.
 */
final class WrappedLines extends PDFTextStripper {

    private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");
    /** Lines no wider than this share of the page are no text column whose right margin could wrap them. */
    private static final float COLUMN_SHARE = 0.6f;

    private record Extent(float start, float end, float firstWord, float space) {
    }

    private final List<Extent> extents = new ArrayList<>();
    private float start;
    private float end;
    private float firstWord;
    private float space;
    private boolean open;
    private boolean inFirstWord;

    WrappedLines() throws IOException {
        setSortByPosition(true);
        setLineSeparator("\n");
        setParagraphEnd("\n");
    }

    /** The page's lines, wrapped ones joined, blank lines kept. */
    List<String> lines(PDDocument document, int page) throws IOException {
        extents.clear();
        open = false;
        setStartPage(page);
        setEndPage(page);
        String text = getText(document);
        List<String> lines = new ArrayList<>();
        List<Extent> lineExtents = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            Matcher m = MARK.matcher(raw);
            Extent extent = null;
            if (m.find()) {
                extent = extents.get(Integer.parseInt(m.group(1)));
            }
            lines.add(MARK.matcher(raw).replaceAll(""));
            lineExtents.add(extent);
        }
        float width = document.getPage(page - 1).getMediaBox().getWidth();
        return joined(lines, lineExtents, width);
    }

    private static List<String> joined(List<String> lines, List<Extent> extents, float pageWidth) {
        float left = Float.MAX_VALUE;
        float right = 0;
        for (Extent e : extents) {
            if (e != null) {
                left = Math.min(left, e.start());
                right = Math.max(right, e.end());
            }
        }
        if (right - left < COLUMN_SHARE * pageWidth) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null) {
                current = new StringBuilder(line);
            } else {
                String kept = current.toString().stripTrailing();
                current.setLength(0);
                current.append(kept.endsWith("\u00ad") ? kept.substring(0, kept.length() - 1) : kept + (kept.endsWith("-") ? "" : " "))
                        .append(line.strip());
            }
            Extent here = extents.get(i);
            Extent next = i + 1 < lines.size() ? extents.get(i + 1) : null;
            boolean wrapped = here != null && next != null && !lines.get(i + 1).isBlank()
                    && ".:;!?".indexOf(lastChar(line)) < 0
                    && here.end() + here.space() + next.firstWord() > right + 0.5f;
            if (!wrapped) {
                out.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static char lastChar(String line) {
        String s = line.stripTrailing();
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition p : positions) {
            float x = p.getXDirAdj();
            float x2 = x + p.getWidthDirAdj();
            boolean blank = p.getUnicode() == null || p.getUnicode().isBlank();
            if (!open) {
                open = true;
                inFirstWord = true;
                start = x;
                end = x2;
                firstWord = 0;
                space = p.getWidthOfSpace() > 0 ? p.getWidthOfSpace() : p.getWidthDirAdj() / 2;
            }
            if (inFirstWord && blank) {
                inFirstWord = false;
            }
            if (inFirstWord) {
                firstWord = x2 - start;
            }
            end = Math.max(end, x2);
        }
        if (!positions.isEmpty()) {
            inFirstWord = false;
        }
        super.writeString(text, positions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        closeLine();
        super.writeLineSeparator();
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        closeLine();
        super.writeParagraphEnd();
    }

    @Override
    protected void writePageEnd() throws IOException {
        closeLine();
        super.writePageEnd();
    }

    private void closeLine() throws IOException {
        if (open) {
            open = false;
            extents.add(new Extent(start, end, firstWord, space));
            output.write("\uE000" + (extents.size() - 1) + "\uE001");
        }
    }
}
