package fi.seloste.domain;

import java.util.List;
import java.util.Objects;

/**
 * A shared section made from answers that registers had given differently before the section was the business's
 * (an older Seloste kept it per register). What was safe to say was kept; the completeness check asks the owner to
 * check the section until she changes or confirms it. registerNames are the registers whose answers were merged.
 */
public record MergeNote(SharedSection section, List<String> registerNames) {

    public MergeNote {
        Objects.requireNonNull(section, "section");
        registerNames = registerNames == null ? List.of() : List.copyOf(registerNames);
    }
}
