package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a web page laid out as it shows: a block element (a paragraph, a heading, a list, a table) stands apart
 * with a blank line, a &lt;br&gt; ends a line, a list item is a line with its bullet ("• ") or its number ("2. "),
 * and a table row is a line "label: value", so that a notice written as a table with labels on the left reads like
 * one written with labels. Scripts, styles and the site's navigation are left out.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "header", "footer", "main", "blockquote", "pre", "dl", "dt", "dd", "table", "ul", "ol",
            "address", "figure", "figcaption", "caption", "hr");

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, head, nav").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    text.append(atLineStart(text) ? s.stripLeading() : s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append(marker(e));
                    } else if (tag.equals("tr")) {
                        newLine(text);
                        text.append(row(e));
                    } else if (BLOCKS.contains(tag)) {
                        DocxText.blankLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    DocxText.blankLine(text);
                }
            }
        }, document.body() == null ? document : document.body());
        return text.toString();
    }

    /** A row's cells are written whole here, so the traversal is kept from writing them again. */
    private static String row(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                String cellText = cell.text().strip();
                if (!cellText.isEmpty()) {
                    cells.add(cellText);
                }
            }
        }
        tr.empty();
        return cells.isEmpty() ? "" : TableRows.labelAndValue(cells);
    }

    private static String marker(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            int start = 1;
            try {
                start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
            } catch (NumberFormatException notANumber) {
                start = 1;
            }
            int index = 0;
            for (Element sibling : list.children()) {
                if (sibling == li) {
                    break;
                }
                if (sibling.normalName().equals("li")) {
                    index++;
                }
            }
            return (start + index) + ". ";
        }
        return "• ";
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static boolean atLineStart(StringBuilder text) {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }
}
