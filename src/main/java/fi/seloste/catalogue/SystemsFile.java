package fi.seloste.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** systems.json as written. */
record SystemsFile(List<CatalogueSystem> systems) {

    SystemsFile {
        systems = Require.list(systems, "systems");
        Set<String> ids = new HashSet<>();
        for (CatalogueSystem system : systems) {
            Require.that(ids.add(system.id()), "system id used twice: " + system.id());
        }
    }
}
