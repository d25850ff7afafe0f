package fi.seloste.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.seloste.domain.Language;
import fi.seloste.domain.NoticeStep;

/**
 * The help pages, Markdown files under fi/seloste/ui/help/LANG/: one per wizard step (its first heading carries the
 * anchor {@code {#step-…}}) and terms.md, the glossary, one {@code ## Term {#term-…}} entry each. A step's help page
 * is the step's file with the glossary entries it links to added below it; the user guide is every step and the
 * whole glossary in one page.
 */
public final class HelpPages {

    private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9-]+)}\\s*$");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(#([a-z0-9-]+)\\)");

    private HelpPages() {
    }

    /** The anchor of a step's help page, e.g. {@code step-cookies-and-automation}. */
    public static String anchorOf(NoticeStep step) {
        return "step-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The step's own file, as written. */
    public static String stepFile(NoticeStep step, Language language) {
        return read(language, anchorOf(step).substring("step-".length()) + ".md");
    }

    /** The glossary, as written. */
    public static String termsFile(Language language) {
        return read(language, "terms.md");
    }

    /** A step's help page: the step's text, then under {@code termsHeading} the terms it links to, in glossary order. */
    public static String stepPage(NoticeStep step, Language language, String termsHeading) {
        String page = stepFile(step, language);
        List<String> linked = linkTargets(page);
        StringBuilder terms = new StringBuilder();
        for (Map.Entry<String, String> entry : glossary(language).entrySet()) {
            if (linked.contains(entry.getKey())) {
                terms.append(entry.getValue()).append("\n\n");
            }
        }
        return terms.isEmpty() ? page : page.strip() + "\n\n# " + termsHeading + " {#terms}\n\n" + terms;
    }

    /** The whole user guide: every step in the wizard's order, then the whole glossary. */
    public static String guide(Language language, String termsHeading) {
        StringBuilder guide = new StringBuilder();
        for (NoticeStep step : NoticeStep.values()) {
            guide.append(stepFile(step, language).strip()).append("\n\n");
        }
        guide.append("# ").append(termsHeading).append(" {#terms}\n\n");
        glossary(language).values().forEach(entry -> guide.append(entry).append("\n\n"));
        return guide.toString();
    }

    /** The glossary's entries by anchor, in the file's order; each entry is its heading line and its text. */
    static Map<String, String> glossary(Language language) {
        Map<String, String> entries = new LinkedHashMap<>();
        String anchor = null;
        StringBuilder entry = new StringBuilder();
        for (String line : termsFile(language).split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (anchor != null) {
                    entries.put(anchor, entry.toString().strip());
                }
                anchor = anchorIn(line);
                entry.setLength(0);
            }
            if (anchor != null) {
                entry.append(line).append('\n');
            }
        }
        if (anchor != null) {
            entries.put(anchor, entry.toString().strip());
        }
        return entries;
    }

    /** The anchor written at the end of a heading ({@code ## Title {#anchor}}), or null. */
    static String anchorIn(String heading) {
        Matcher m = ANCHOR.matcher(heading);
        return m.find() ? m.group(1) : null;
    }

    /** A heading's text without its anchor. */
    static String withoutAnchor(String heading) {
        return ANCHOR.matcher(heading).replaceFirst("");
    }

    /** The anchors the page links to ({@code [text](#anchor)}), in order, with repeats. */
    static List<String> linkTargets(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher m = LINK_TARGET.matcher(markdown);
        while (m.find()) {
            targets.add(m.group(1));
        }
        return targets;
    }

    private static String read(Language language, String file) {
        String path = "/fi/seloste/ui/help/" + language.tag() + "/" + file;
        try (InputStream in = Objects.requireNonNull(HelpPages.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
