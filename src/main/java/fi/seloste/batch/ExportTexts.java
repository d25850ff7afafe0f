package fi.seloste.batch;

/** The export's own reasons for refusing a file, in the user's language: the command line's or the app's words. */
public interface ExportTexts {

    /** The exports' names would be longer than a file name can be. */
    String nameTooLong(int maxFileNameBytes, int maxNameBytes);

    /** Another client file of this run has the same name, and its exports would be overwritten. */
    String sameName(String otherFile);

    /** The file has no signed version of this number. */
    String noSuchVersion(int version);
}
