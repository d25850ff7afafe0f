package fi.seloste.export;

import java.util.List;

import fi.seloste.export.Section.Items;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Paragraph;

/** Adds paragraphs and lists to a part, leaving out empty ones instead of printing blanks. */
final class Blocks {

    private Blocks() {
    }

    static void paragraph(List<Section.Block> blocks, Line line) {
        if (!line.isBlank()) {
            blocks.add(new Paragraph(line));
        }
    }

    static void paragraph(List<Section.Block> blocks, String text) {
        paragraph(blocks, Line.of(text));
    }

    static void items(List<Section.Block> blocks, List<Line> lines) {
        List<Line> filled = lines.stream().filter(l -> !l.isBlank()).toList();
        if (!filled.isEmpty()) {
            blocks.add(new Items(filled));
        }
    }

    /** A lead-in sentence and its list, or nothing when the list is empty. */
    static void group(List<Section.Block> blocks, String leadIn, List<Line> lines) {
        if (lines.stream().anyMatch(l -> !l.isBlank())) {
            paragraph(blocks, leadIn);
            items(blocks, lines);
        }
    }
}
