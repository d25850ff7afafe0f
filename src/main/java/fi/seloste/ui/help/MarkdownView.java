package fi.seloste.ui.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/**
 * A help page's Markdown as JavaFX text: headings, paragraphs, lists, bold and italic, and links to anchors in the
 * page ({@code [text](#anchor)}). Headings that end in {@code {#anchor}} are the anchors. No web engine: see
 * docs/decisions/0023-offline-help.md.
 */
final class MarkdownView extends VBox {

    private static final Parser PARSER = Parser.builder().build();

    private final Map<String, javafx.scene.Node> anchors = new LinkedHashMap<>();
    private final List<Hyperlink> links = new ArrayList<>();
    private final Map<String, Integer> linkCounts = new HashMap<>();
    private final Consumer<String> onLink;

    MarkdownView(String markdown, Consumer<String> onLink) {
        super(10);
        this.onLink = onLink;
        getStyleClass().add("help-page");
        setPadding(new Insets(16, 24, 24, 24));
        Node document = PARSER.parse(markdown);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            getChildren().add(block(block, 0));
        }
    }

    /** The anchors of the page, each with the heading it names. */
    Map<String, javafx.scene.Node> anchors() {
        return anchors;
    }

    /** The page's links, each with the anchor it leads to as its user data. */
    List<Hyperlink> links() {
        return links;
    }

    private javafx.scene.Node block(Node block, int depth) {
        if (block instanceof Heading heading) {
            return heading(heading);
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox(4);
            list.setPadding(new Insets(0, 0, 0, 12 + 12 * depth));
            int number = block instanceof OrderedList ordered ? ordered.getMarkerStartNumber() : 0;
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                list.getChildren().add(listItem((ListItem) item, number == 0 ? "•" : (number++) + ".", depth));
            }
            return list;
        }
        if (block instanceof Paragraph) {
            return paragraph(block);
        }
        // Anything else (a quote, a rule) is shown as its plain text.
        return paragraph(block);
    }

    private javafx.scene.Node heading(Heading heading) {
        String written = plainText(heading);
        String anchor = HelpPages.anchorIn(written);
        Label label = new Label(HelpPages.withoutAnchor(written));
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.getStyleClass().add(switch (heading.getLevel()) {
            case 1 -> "title-2";
            case 2 -> "title-3";
            default -> "title-4";
        });
        label.setPadding(new Insets(heading.getLevel() == 1 ? 14 : 8, 0, 0, 0));
        if (anchor != null) {
            label.setId("help-anchor-" + anchor);
            anchors.put(anchor, label);
        }
        return label;
    }

    private javafx.scene.Node listItem(ListItem item, String marker, int depth) {
        VBox content = new VBox(4);
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            content.getChildren().add(child instanceof Paragraph ? paragraph(child) : block(child, depth + 1));
        }
        Label bullet = new Label(marker);
        bullet.setMinWidth(18);
        HBox row = new HBox(6, bullet, content);
        HBox.setHgrow(content, Priority.ALWAYS);
        return row;
    }

    private javafx.scene.Node paragraph(Node paragraph) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("help-text");
        inline(paragraph, flow, "");
        flow.setAccessibleRole(AccessibleRole.TEXT);
        flow.setAccessibleText(plainText(paragraph));
        return flow;
    }

    private void inline(Node parent, TextFlow flow, String style) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                flow.getChildren().add(styled(text.getLiteral(), style));
            } else if (node instanceof Code code) {
                flow.getChildren().add(styled(code.getLiteral(), style + "-fx-font-family: monospace;"));
            } else if (node instanceof SoftLineBreak) {
                flow.getChildren().add(styled(" ", style));
            } else if (node instanceof HardLineBreak) {
                flow.getChildren().add(styled("\n", style));
            } else if (node instanceof StrongEmphasis) {
                inline(node, flow, style + "-fx-font-weight: bold;");
            } else if (node instanceof Emphasis) {
                inline(node, flow, style + "-fx-font-style: italic;");
            } else if (node instanceof Link link) {
                flow.getChildren().add(link(link));
            } else {
                inline(node, flow, style);
            }
        }
    }

    private Hyperlink link(Link link) {
        String target = link.getDestination().startsWith("#") ? link.getDestination().substring(1) : link.getDestination();
        Hyperlink hyperlink = new Hyperlink(plainText(link));
        int occurrence = linkCounts.merge(target, 1, Integer::sum);
        hyperlink.setId("help-link-" + target + (occurrence == 1 ? "" : "-" + occurrence));
        hyperlink.setAccessibleText(plainText(link));
        hyperlink.setUserData(target);
        hyperlink.setPadding(Insets.EMPTY);
        hyperlink.setOnAction(e -> onLink.accept(target));
        links.add(hyperlink);
        return hyperlink;
    }

    private static javafx.scene.text.Text styled(String literal, String style) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(literal);
        text.getStyleClass().add("help-text");
        if (!style.isEmpty()) {
            text.setStyle(style);
        }
        return text;
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }
}
