package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/** Puts a line together from fixed wording and owner text, keeping each run's language. Blank runs are dropped. */
final class LineBuilder {

    private final List<Text> parts = new ArrayList<>();

    LineBuilder add(String fixed) {
        return add(Text.plain(fixed));
    }

    LineBuilder add(Text text) {
        if (!text.value().isEmpty()) {
            parts.add(text);
        }
        return this;
    }

    LineBuilder add(Line line) {
        line.parts().forEach(this::add);
        return this;
    }

    boolean isBlank() {
        return parts.stream().allMatch(t -> t.value().isBlank());
    }

    Line build() {
        return new Line(parts);
    }
}
