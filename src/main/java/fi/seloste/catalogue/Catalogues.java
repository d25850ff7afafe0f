package fi.seloste.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.seloste.domain.RegisterTemplate;

/**
 * The built-in catalogues, read from the JSON files beside this class on first use and kept. A malformed file
 * throws {@link CatalogueException} naming the file and the problem. See docs/catalogue.md.
 */
public final class Catalogues {

    private static final Lazy<List<CatalogueSystem>> SYSTEMS = new Lazy<>(
            () -> CatalogueFiles.load("systems.json", SystemsFile.class, SystemsFile::systems));

    private static final Lazy<TemplateCatalogue> TEMPLATES = new Lazy<>(
            () -> CatalogueFiles.load("register-templates.json", RegisterTemplatesFile.class,
                    RegisterTemplatesFile::toCatalogue));

    private static final Lazy<AuthorityContact> AUTHORITY = new Lazy<>(
            () -> CatalogueFiles.load("supervisory-authority.json", AuthorityContact.class, contact -> contact));

    private Catalogues() {
    }

    /**
     * Reads the catalogues on a thread of their own, so that at start-up they are read while the client file opens
     * (issue 16); whoever needs one first waits for that read instead of starting another.
     */
    public static void readInBackground() {
        Thread thread = new Thread(() -> {
            authority();
            templates();
            systems();
        }, "seloste-catalogues");
        thread.setDaemon(true);
        thread.start();
    }

    /** Systems small businesses use, in the file's order. */
    public static List<CatalogueSystem> systems() {
        return SYSTEMS.get();
    }

    /** The entry with the id, if there is one: a system the owner added herself has none. */
    public static Optional<CatalogueSystem> system(String id) {
        return id == null ? Optional.empty() : systems().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The content of every register template, BLANK included. */
    public static Map<RegisterTemplate, RegisterTemplateContent> templates() {
        return TEMPLATES.get().templates();
    }

    /** Every data category the templates may offer, in the file's order. */
    public static List<CatalogueCategory> dataCategories() {
        return TEMPLATES.get().dataCategories();
    }

    /** The Data Protection Ombudsman's contact details, the one place the app takes them from. */
    public static AuthorityContact authority() {
        return AUTHORITY.get();
    }
}
