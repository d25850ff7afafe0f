package fi.seloste.ui.shell;

import java.nio.file.Path;

import fi.seloste.domain.Language;
import fi.seloste.store.ClientFileName;
import fi.seloste.ui.I18n;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar: File, Settings, Help, with keyboard accelerators. */
final class ShellMenus {

    private final ShellViewModel model;
    private final I18n i18n;
    private final ShellActions actions;

    ShellMenus(ShellViewModel model, I18n i18n, ShellActions actions) {
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), settingsMenu(), helpMenu());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu fileMenu() {
        MenuItem create = item("menu-file-new", "menu.file.new", "Shortcut+N", actions::newClientFile);
        MenuItem fromOldNotice = item("menu-file-from-old-notice", "menu.file.fromOldNotice", null,
                actions::newClientFileFromOldNotice);
        MenuItem open = item("menu-file-open", "menu.file.open", "Shortcut+O", actions::openClientFile);
        MenuItem clients = item("menu-file-clients", "menu.file.clients", "Shortcut+Shift+O", actions::clientOverview);
        Menu recent = menu("menu-file-recent", "menu.file.recent");
        fillRecent(recent);
        model.recentFiles().addListener((ListChangeListener<Path>) change -> fillRecent(recent));
        MenuItem rename = item("menu-file-rename", "menu.file.rename", null, actions::renameClientFile);
        rename.disableProperty().bind(model.session().isNull());
        MenuItem copy = item("menu-file-save-copy", "menu.file.saveCopy", null, actions::saveCopyOfClientFile);
        copy.disableProperty().bind(model.session().isNull());
        MenuItem export = item("menu-file-export", "menu.file.export", "Shortcut+E", actions::exportNotice);
        export.disableProperty().bind(model.session().isNull());
        MenuItem print = item("menu-file-print", "menu.file.print", "Shortcut+P", actions::printNotice);
        print.disableProperty().bind(model.session().isNull().or(model.printing()));
        MenuItem close = item("menu-file-close", "menu.file.close", "Shortcut+W", model::close);
        close.disableProperty().bind(model.session().isNull());
        MenuItem quit = item("menu-file-quit", "menu.file.quit", "Shortcut+Q", actions::quit);
        Menu file = menu("menu-file", "menu.file");
        file.getItems().addAll(create, fromOldNotice, open, recent, clients, rename, copy, new SeparatorMenuItem(), export, print, new SeparatorMenuItem(), close,
                new SeparatorMenuItem(), quit);
        return file;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        int index = 0;
        for (Path path : model.recentFiles()) {
            MenuItem item = new MenuItem(ClientFileName.displayName(path) + "  —  " + path.getParent());
            item.setId("menu-file-recent-" + index++);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private Menu settingsMenu() {
        Menu language = menu("menu-settings-language", "menu.settings.language");
        ToggleGroup group = new ToggleGroup();
        for (Language option : I18n.UI_LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(i18n.text("language." + option.tag()));
            item.setId("menu-settings-language-" + option.tag());
            item.setToggleGroup(group);
            item.setSelected(option == i18n.language());
            item.setOnAction(e -> actions.changeLanguage(option));
            language.getItems().add(item);
        }
        Menu settings = menu("menu-settings", "menu.settings");
        settings.getItems().add(language);
        return settings;
    }

    private Menu helpMenu() {
        Menu help = menu("menu-help", "menu.help");
        MenuItem stepHelp = item("menu-help-step", "menu.help.step", "F1", actions::stepHelp);
        MenuItem guide = new MenuItem(i18n.text("menu.help.guide"));
        guide.setId("menu-help-guide");
        guide.setOnAction(e -> actions.userGuide());
        MenuItem about = new MenuItem(i18n.text("menu.help.about"));
        about.setId("menu-help-about");
        about.setOnAction(e -> actions.about());
        help.getItems().addAll(stepHelp, guide, new SeparatorMenuItem(), about);
        return help;
    }

    private Menu menu(String id, String key) {
        Menu menu = new Menu(i18n.text(key));
        menu.setId(id);
        return menu;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(i18n.text(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** What the menus ask the window to do. */
    interface ShellActions {
        void newClientFile();

        /** A new client file read from the notice the business already has. */
        void newClientFileFromOldNotice();

        void openClientFile();

        /** File → Clients: the overview of every client file in the chosen folders. */
        void clientOverview();

        void renameClientFile();

        void saveCopyOfClientFile();

        void exportNotice();

        void printNotice();

        void quit();

        void changeLanguage(Language language);

        void about();

        /** F1: the help page of the step shown, or the user guide when no step is shown. */
        void stepHelp();

        void userGuide();
    }

}
