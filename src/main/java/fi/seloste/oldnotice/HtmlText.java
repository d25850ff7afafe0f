package fi.seloste.oldnotice;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a web page, a block element per paragraph and a table row as "label: value", so that a notice
 * written as a table with labels on the left reads like one written with labels. Scripts and styles are left out.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "header", "footer", "main", "blockquote", "pre", "dt", "dd", "table", "ul", "ol",
            "address", "figcaption", "caption", "hr");

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
                    text.append(t.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        text.append("\n\n");
                    } else if ((tag.equals("td") || tag.equals("th")) && e.elementSiblingIndex() > 0) {
                        text.append(labelled(text) ? " " : ": ");
                    } else if (tag.equals("li")) {
                        text.append("\n");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append("\n\n");
                }
            }
        }, document.body() == null ? document : document.body());
        return text.toString();
    }

    /** Whether the cell before already ends with a colon, as "Y-tunnus:" often does. */
    private static boolean labelled(StringBuilder text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }
}
