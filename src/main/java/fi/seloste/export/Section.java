package fi.seloste.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import fi.seloste.domain.Language;

/** A titled part of the notice: paragraphs and bullet lists, possibly sub-sections (one per register). */
public record Section(String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    /** A paragraph or a bullet list. */
    public sealed interface Block permits Paragraph, Items {
    }

    /**
     * A run of text. lang is null for text in the notice's own language and names the language otherwise: owner
     * text missing in the notice language falls back to Finnish, and the HTML marks it {@code lang="fi"}.
     */
    public record Text(String value, Language lang) {
        public Text {
            value = Objects.requireNonNullElse(value, "");
        }

        public static Text plain(String value) {
            return new Text(value, null);
        }
    }

    /** One paragraph or list item: runs of text, some possibly in another language. */
    public record Line(List<Text> parts) {
        public Line {
            parts = List.copyOf(parts);
        }

        public static Line of(String text) {
            return new Line(List.of(Text.plain(text)));
        }

        /** The line as plain text, languages dropped. */
        public String text() {
            return parts.stream().map(Text::value).collect(Collectors.joining());
        }

        public boolean isBlank() {
            return text().isBlank();
        }
    }

    public record Paragraph(Line line) implements Block {
        public Paragraph(String text) {
            this(Line.of(text));
        }

        public String text() {
            return line.text();
        }
    }

    public record Items(List<Line> lines) implements Block {
        public Items {
            lines = List.copyOf(lines);
        }

        public static Items of(List<String> items) {
            return new Items(items.stream().map(Line::of).toList());
        }

        /** The items as plain text. */
        public List<String> items() {
            return lines.stream().map(Line::text).toList();
        }
    }
}
