package fi.seloste.catalogue;

import java.time.LocalDate;

import fi.seloste.domain.LocalizedText;

/**
 * The contact details of the Finnish supervisory authority, the Office of the Data Protection Ombudsman, that every
 * notice prints for the right to lodge a complaint (Art. 13(2)(d)). checkedOn is when they were last compared with
 * the authority's own pages; they are to be checked yearly.
 */
public record AuthorityContact(LocalizedText officeName, LocalizedText visitingAddress, LocalizedText postalAddress,
                               LocalizedText switchboard, String email, String web, LocalDate checkedOn) {

    public AuthorityContact {
        Require.localized(officeName, "officeName");
        Require.localized(visitingAddress, "visitingAddress");
        Require.localized(postalAddress, "postalAddress");
        Require.localized(switchboard, "switchboard");
        Require.text(email, "email");
        Require.text(web, "web");
        Require.present(checkedOn, "checkedOn");
    }
}
