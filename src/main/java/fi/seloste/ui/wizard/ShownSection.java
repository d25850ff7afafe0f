package fi.seloste.ui.wizard;

import java.util.List;

import javafx.scene.control.Label;

/** A section of the notice as the preview shows it: its title, its heading on the page, its parts. */
record ShownSection(String title, Label heading, List<ShownSection> parts) {
}
