package fi.seloste.export;

import java.util.List;

/** A titled part of the notice: paragraphs and bullet lists, possibly sub-sections (one per register). */
public record Section(String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** A paragraph or a bullet list. */
    public sealed interface Block permits Paragraph, Items {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }
}
