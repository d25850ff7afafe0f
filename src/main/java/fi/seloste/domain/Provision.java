package fi.seloste.domain;

import java.util.Objects;

/** Whether providing the data is required, and what follows if the person does not provide it. */
public record Provision(ProvisionRequirement requirement, LocalizedText consequence) {

    public static final Provision NOT_STATED = new Provision(ProvisionRequirement.NOT_STATED, LocalizedText.EMPTY);

    public Provision {
        requirement = Objects.requireNonNullElse(requirement, ProvisionRequirement.NOT_STATED);
        consequence = Objects.requireNonNullElse(consequence, LocalizedText.EMPTY);
    }
}
