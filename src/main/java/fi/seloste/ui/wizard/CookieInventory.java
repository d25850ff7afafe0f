package fi.seloste.ui.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.catalogue.SystemCategory;
import fi.seloste.domain.CookieCategory;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.TextLimit;
import fi.seloste.ui.Controls;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The website's cookie inventory as a grid, one row per cookie or tag: name, who sets it, purpose and lifetime (in
 * the language being written), category. A plain GridPane of ordinary fields rather than an editable TableView: each
 * field saves as it is typed like every other field of the wizard, and a screen reader reads each one with its row.
 */
final class CookieInventory {

    /** Catalogue entries in the analytics or advertising category that set nothing on the owner's own site. */
    private static final Set<String> NO_TAG_ON_THE_SITE = Set.of("facebook-instagram-pages");

    /** The categories an owner picks from; a new row shows "Choose…" until she does. */
    private static final List<CookieCategory> CHOOSABLE =
            Arrays.stream(CookieCategory.values()).filter(c -> c != CookieCategory.NOT_CHOSEN).toList();

    private static final Map<SystemCategory, CookieCategory> CATEGORY_OF = Map.of(
            SystemCategory.ANALYTICS, CookieCategory.ANALYTICS,
            SystemCategory.ADVERTISING, CookieCategory.MARKETING);

    private CookieInventory() {
    }

    static Node of(Fields f, List<CookieEntry> inventory, List<SystemUse> businessSystems, Consumer<List<CookieEntry>> change,
                   Runnable rebuild) {
        List<CookieEntry> latest = new ArrayList<>(inventory);
        GridPane grid = new GridPane();
        grid.setId("cookies-inventory");
        grid.setHgap(8);
        grid.setVgap(6);
        for (int column = 0; column < 5; column++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(column == 2 ? Priority.ALWAYS : Priority.SOMETIMES);
            c.setMinWidth(80);
            grid.getColumnConstraints().add(c);
        }
        if (!latest.isEmpty()) {
            grid.addRow(0, header(f, "cookies.name"), header(f, "cookies.provider"), header(f, "cookies.purpose"),
                    header(f, "cookies.category"), header(f, "cookies.lifetime"));
        }
        for (int i = 0; i < latest.size(); i++) {
            addRow(grid, f, i, latest, change, rebuild);
        }
        Button add = Controls.button("cookie-add", f.i18n().text("cookies.add"));
        add.setOnAction(e -> {
            latest.add(new CookieEntry("", "", LocalizedText.EMPTY, CookieCategory.NOT_CHOSEN, LocalizedText.EMPTY));
            change.accept(List.copyOf(latest));
            rebuild.run();
        });
        HBox buttons = new HBox(8, add);
        VBox box = new VBox(8, f.heading("cookies.inventory"), f.help("cookies.inventory.help"), grid, buttons);
        suggestions(businessSystems, latest).ifPresent(suggested -> {
            String names = suggested.stream().map(SystemUse::name).collect(Collectors.joining(", "));
            Button suggest = Controls.button("cookies-suggest", f.i18n().text("cookies.suggest", names));
            suggest.setWrapText(true);
            suggest.setOnAction(e -> {
                suggested.forEach(system -> latest.add(suggestedRow(system)));
                change.accept(List.copyOf(latest));
                rebuild.run();
            });
            Label help = f.help("cookies.suggest.help");
            suggest.setAccessibleHelp(help.getText());
            box.getChildren().addAll(suggest, help);
        });
        return box;
    }

    private static void addRow(GridPane grid, Fields f, int index, List<CookieEntry> latest,
                               Consumer<List<CookieEntry>> change, Runnable rebuild) {
        String id = "cookie-" + index;
        String row = f.i18n().text("cookies.row", index + 1);
        CookieEntry entry = latest.get(index);
        TextField name = f.text(id + "-name", "cookies.name", TextLimit.NAME, entry.name(),
                v -> update(latest, index, change, c -> new CookieEntry(v, c.provider(), c.purpose(), c.category(), c.lifetime())));
        TextField provider = f.text(id + "-provider", "cookies.provider", TextLimit.NAME, entry.provider(),
                v -> update(latest, index, change, c -> new CookieEntry(c.name(), v, c.purpose(), c.category(), c.lifetime())));
        var purpose = f.localized(id + "-purpose", "cookies.purpose", TextLimit.TEXT, entry.purpose(), false,
                v -> update(latest, index, change, c -> new CookieEntry(c.name(), c.provider(), v, c.category(), c.lifetime())));
        var category = f.choice(id + "-category", "cookies.category", CHOOSABLE,
                entry.category() == CookieCategory.NOT_CHOSEN ? null : entry.category(), f::enumLabel,
                v -> update(latest, index, change, c -> new CookieEntry(c.name(), c.provider(), c.purpose(),
                        v == null ? CookieCategory.NOT_CHOSEN : v, c.lifetime())));
        var lifetime = f.localized(id + "-lifetime", "cookies.lifetime", TextLimit.NAME, entry.lifetime(), false,
                v -> update(latest, index, change, c -> new CookieEntry(c.name(), c.provider(), c.purpose(), c.category(), v)));
        for (Control control : List.of(name, provider, purpose, category, lifetime)) {
            control.setAccessibleText(row + ": " + control.getAccessibleText());
        }
        Button remove = Controls.button(id + "-remove", f.i18n().text("wizard.remove"));
        remove.setAccessibleText(row + ": " + remove.getAccessibleText());
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> {
            latest.remove(index);
            change.accept(List.copyOf(latest));
            rebuild.run();
        });
        grid.addRow(index + 1, Fields.limited(name), Fields.limited(provider), Fields.limited(purpose), category,
                Fields.limited(lifetime), remove);
    }

    private static void update(List<CookieEntry> latest, int index, Consumer<List<CookieEntry>> change,
                               Function<CookieEntry, CookieEntry> edit) {
        latest.set(index, edit.apply(latest.get(index)));
        change.accept(List.copyOf(latest));
    }

    private static Label header(Fields f, String key) {
        Label label = new Label(f.i18n().text(key));
        label.getStyleClass().add("text-muted");
        return label;
    }

    /**
     * The business's analytics and advertising systems from the catalogue that have no row of their own yet: each
     * sets cookies or tags on the site, which need consent.
     */
    private static Optional<List<SystemUse>> suggestions(List<SystemUse> businessSystems, List<CookieEntry> inventory) {
        List<SystemUse> systems = businessSystems.stream()
                .filter(s -> category(s).isPresent())
                .filter(s -> inventory.stream().noneMatch(c -> c.provider().equals(provider(s)) && c.purpose().equals(s.usedFor())))
                .toList();
        return systems.isEmpty() ? Optional.empty() : Optional.of(systems);
    }

    /**
     * One row for a system: who sets it, what for and its category. The cookie's name and lifetime are left for the
     * owner, who reads them from the service; Seloste does not guess them.
     */
    private static CookieEntry suggestedRow(SystemUse system) {
        return new CookieEntry("", provider(system), system.usedFor(), category(system).orElseThrow(), LocalizedText.EMPTY);
    }

    /** Software the owner runs on her own server (Matomo) sets first-party cookies: its author does not set them. */
    private static String provider(SystemUse system) {
        return entry(system).map(c -> c.needsHostingProvider() ? "" : system.vendor()).orElse(system.vendor());
    }

    private static Optional<CookieCategory> category(SystemUse system) {
        return entry(system).filter(c -> !NO_TAG_ON_THE_SITE.contains(c.id()))
                .map(c -> CATEGORY_OF.get(c.category()));
    }

    private static Optional<CatalogueSystem> entry(SystemUse system) {
        return system.catalogId() == null ? Optional.empty()
                : Catalogues.systems().stream().filter(c -> c.id().equals(system.catalogId())).findFirst();
    }
}
