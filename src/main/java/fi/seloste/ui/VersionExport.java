package fi.seloste.ui;

import java.nio.file.Path;
import java.util.List;

/** What exporting a signed version wrote, and the characters its PDF could not draw (shown as "#" there). */
public record VersionExport(List<Path> files, List<String> undrawable) {

    public VersionExport {
        files = List.copyOf(files);
        undrawable = List.copyOf(undrawable);
    }
}
