package fi.seloste.ui;

import java.nio.file.Path;

import fi.seloste.domain.Notice;
import fi.seloste.store.ClientFileName;

/**
 * The name exported files start with: the business's name as typed (made safe for a file name as a client file's
 * name is), so that "Kahvipaahtimo Mäkelä Oy-fi.html" goes on the website even while the client file is still
 * called "My business"; the client file's name while no business name is typed.
 */
public final class ExportNames {

    private ExportNames() {
    }

    public static String of(Notice notice, Path clientFile) {
        String typed = notice.controller().name().strip();
        return typed.isEmpty() ? ClientFileName.displayName(clientFile)
                : ClientFileName.displayName(ClientFileName.forClient(clientFile.toAbsolutePath().getParent(), typed));
    }

    /** A signed version's files: its business name then "-v" and its number, e.g. "Flowest-v2". */
    public static String ofVersion(Notice signed, Path clientFile, int version) {
        return of(signed, clientFile) + "-v" + version;
    }
}
