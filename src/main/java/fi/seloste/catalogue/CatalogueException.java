package fi.seloste.catalogue;

/** A built-in catalogue file is missing or malformed: a defect in the build, never something a user caused. */
public final class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CatalogueException(String fileName, String problem, Throwable cause) {
        super("Built-in catalogue fi/seloste/catalogue/" + fileName + " is malformed: " + problem, cause);
    }
}
