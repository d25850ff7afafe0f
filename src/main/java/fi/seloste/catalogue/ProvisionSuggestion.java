package fi.seloste.catalogue;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Provision;
import fi.seloste.domain.ProvisionRequirement;

/** Whether the person must provide the data (Art. 13(2)(e)) and what follows if not, as a template suggests it. */
public record ProvisionSuggestion(ProvisionRequirement requirement, LocalizedText consequence) {

    public ProvisionSuggestion {
        Require.present(requirement, "provision requirement");
        Require.that(requirement != ProvisionRequirement.NOT_STATED, "a suggested provision must state a requirement");
        Require.localized(consequence, "provision consequence");
    }

    public Provision toProvision() {
        return new Provision(requirement, consequence);
    }
}
