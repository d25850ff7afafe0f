package fi.seloste.export;

import java.util.ArrayList;
import java.util.List;

import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieConsent;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Cookies;
import fi.seloste.export.Section.Block;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/**
 * The website's cookies as an inventory (laki sähköisen viestinnän palveluista 205 §): each cookie with who sets it,
 * why, its category and lifetime; how consent is asked; then the owner's own words. Nothing unless she said yes.
 */
final class CookiesOutline {

    private CookiesOutline() {
    }

    static List<Block> of(Cookies cookies, NoticeWording w) {
        List<Block> blocks = new ArrayList<>();
        if (!cookies.used().isYes()) {
            return blocks;
        }
        List<Line> entries = cookies.inventory().stream().map(c -> entry(c, w)).toList();
        Blocks.items(blocks, entries);
        boolean onlyNecessary = !cookies.inventory().isEmpty()
                && cookies.inventory().stream().allMatch(c -> c.category() == CookieCategory.NECESSARY);
        if (onlyNecessary) {
            Blocks.paragraph(blocks, w.text("cookies.necessaryOnly"));
        } else if (cookies.consent() == CookieConsent.CONSENT_TOOL) {
            Blocks.paragraph(blocks, w.text("cookies.consent"));
        }
        Blocks.paragraph(blocks, new Line(List.of(w.owner(cookies.description()))));
        return blocks;
    }

    /** "_ga" then, a line each: set by, purpose, category, lifetime; what is blank is left out. */
    private static Line entry(CookieEntry c, NoticeWording w) {
        LineBuilder line = new LineBuilder().add(c.name());
        labelled(line, w.text("cookies.table.provider"), Text.plain(c.provider()));
        labelled(line, w.text("cookies.table.purpose"), w.owner(c.purpose()));
        if (c.category() != CookieCategory.NOT_CHOSEN) {
            labelled(line, w.text("cookies.table.category"), Text.plain(w.of(c.category())));
        }
        labelled(line, w.text("cookies.table.lifetime"), w.owner(c.lifetime()));
        return line.build();
    }

    private static void labelled(LineBuilder line, String label, Text value) {
        if (!value.value().isBlank()) {
            line.add(line.isBlank() ? "" : "\n").add(label + ": ").add(value);
        }
    }
}
