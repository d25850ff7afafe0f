package fi.seloste.ui;

/**
 * What a signed version's buttons ask the main window to do: export it through the export dialog, print it through
 * the print dialog. The window sets them on each session it opens.
 */
public interface VersionActions {

    VersionActions NONE = new VersionActions() {
        @Override
        public void export(int version) {
        }

        @Override
        public void print(int version) {
        }
    };

    void export(int version);

    void print(int version);
}
