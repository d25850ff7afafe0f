package fi.seloste.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owner's effort in a walkthrough, as a measurement: fields typed (each entry typed into a field counts once,
 * typing into the same field again counts again), characters typed, mouse clicks and keys (Tab, Enter, arrows,
 * shortcuts). Counted in sections named by the test, one per wizard step or task; a section entered again adds to
 * what it had. Each section also keeps the test's own time in it, which says how long the machine took, not the owner.
 */
public final class EffortCounter {

    /** What one section cost. */
    public static final class Effort {
        private int fields;
        private int chars;
        private int clicks;
        private int keys;
        private long nanos;

        public int fields() {
            return fields;
        }

        public int chars() {
            return chars;
        }

        public int clicks() {
            return clicks;
        }

        public int keys() {
            return keys;
        }

        private void add(Effort other) {
            fields += other.fields;
            chars += other.chars;
            clicks += other.clicks;
            keys += other.keys;
            nanos += other.nanos;
        }

        @Override
        public String toString() {
            return "fields=" + fields + " chars=" + chars + " clicks=" + clicks + " keys=" + keys;
        }

        private String withTime() {
            return this + String.format(Locale.ROOT, "  (test time %.1f s)", nanos / 1e9);
        }
    }

    private final Map<String, Effort> sections = new LinkedHashMap<>();
    private Effort current;
    private long since;

    public EffortCounter(String firstSection) {
        at(firstSection);
    }

    /** From now on, the effort counts to this section. */
    public void at(String section) {
        long now = System.nanoTime();
        if (current != null) {
            current.nanos += now - since;
        }
        since = now;
        current = sections.computeIfAbsent(section, s -> new Effort());
    }

    /** One entry typed or pasted into a field. */
    public void typed(String text) {
        current.fields++;
        current.chars += text.codePointCount(0, text.length());
    }

    public void click() {
        current.clicks++;
    }

    public void key() {
        current.keys++;
    }

    public Effort total() {
        Effort total = new Effort();
        sections.values().forEach(total::add);
        return total;
    }

    /** e.g. "COFFEE-ROASTERY EFFORT: fields=61 chars=1204 clicks=140 keys=3 steps=13". */
    public String summary(String label, int steps) {
        return label + " EFFORT: " + total() + " steps=" + steps;
    }

    /** One line per section, in the order the sections were first entered, with the test time spent in it. */
    public List<String> breakdown() {
        at("end");
        sections.remove("end");
        int width = sections.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        sections.forEach((name, effort) -> lines.add(String.format("  %-" + width + "s  %s", name, effort.withTime())));
        return lines;
    }
}
