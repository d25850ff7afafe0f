package fi.seloste.catalogue;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;

/** A role the vendor has for another plan, product or feature than the entry's usual one (Dropbox Basic, WhatsApp's API). */
public record OtherRole(ProcessingRole role, LocalizedText when) {

    public OtherRole {
        Require.present(role, "otherRoles role");
        Require.localized(when, "otherRoles when");
    }
}
