package fi.seloste.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Country;
import fi.seloste.domain.Language;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;

/**
 * One entry of systems.json: a system Finnish small businesses use, with the facts a notice needs about it.
 * statutory marks an authority the law obliges the business to report to (tulorekisteri), which the wizard adds as a
 * statutory recipient; needsHostingProvider marks software whose processor is the company that runs it, which the
 * owner must name. transfers has one entry per country outside the EU/EEA, each with its own safeguard;
 * safeguardNote, roleNote, euDataRegion and dpaUrl are null when there is none. otherRoles lists the roles the vendor
 * has for other plans or features. sources are the pages the facts rest on, checked on factsCheckedOn; unconfirmed
 * names the facts no source confirmed, which the wizard tells the owner to check with the vendor. localizedName and localizedVendor give the name and vendor in
 * fi/sv/en where they are Finnish words ("Tulorekisteri", "Kansaneläkelaitos (Kela)"); null where the name is the
 * same in every language.
 */
public record CatalogueSystem(String id, String name, LocalizedText localizedName, String vendor,
                              LocalizedText localizedVendor, SystemCategory category, LocalizedText usedFor,
                              ProcessingRole role, List<OtherRole> otherRoles, boolean statutory,
                              boolean needsHostingProvider, LocalizedText storageLocation, List<Transfer> transfers,
                              EuDataRegion euDataRegion, LocalizedText safeguardNote, LocalizedText roleNote,
                              String privacyUrl, String dpaUrl, LocalDate factsCheckedOn,
                              List<CatalogueSource> sources, Set<CatalogueFact> unconfirmed) {

    public CatalogueSystem {
        Require.key(id, "id");
        String where = "system " + id + ": ";
        Require.text(name, where + "name");
        Require.text(vendor, where + "vendor");
        Require.localizedOrNull(localizedName, where + "localizedName");
        Require.localizedOrNull(localizedVendor, where + "localizedVendor");
        Require.that(localizedName == null || localizedName.fi().equals(name), where + "localizedName.fi must be the name");
        Require.that(localizedVendor == null || localizedVendor.fi().equals(vendor), where + "localizedVendor.fi must be the vendor");
        Require.present(category, where + "category");
        Require.localized(usedFor, where + "usedFor");
        Require.present(role, where + "role");
        Require.localized(storageLocation, where + "storageLocation");
        otherRoles = otherRoles == null ? List.of() : Require.list(otherRoles, where + "otherRoles");
        Require.that(otherRoles.stream().noneMatch(o -> o.role() == role), where + "an other role must differ from role");
        Require.localizedOrNull(safeguardNote, where + "safeguardNote");
        Require.localizedOrNull(roleNote, where + "roleNote");
        Require.text(privacyUrl, where + "privacyUrl");
        Require.present(factsCheckedOn, where + "factsCheckedOn");
        Require.that(privacyUrl.startsWith("https://"), where + "privacyUrl must be https: " + privacyUrl);
        Require.that(dpaUrl == null || dpaUrl.startsWith("https://"), where + "dpaUrl must be https: " + dpaUrl);
        sources = Require.list(Require.present(sources, where + "sources"), where + "sources");
        Require.that(!sources.isEmpty(), where + "an entry needs at least one source");
        unconfirmed = Set.copyOf(Require.present(unconfirmed, where + "unconfirmed"));
        Require.that(!statutory || role == ProcessingRole.RECIPIENT, where + "a statutory entry must be a RECIPIENT");
        transfers = Require.list(transfers, where + "transfers");
        for (Transfer transfer : transfers) {
            Require.that(Country.isCode(transfer.country()), where + "transfer country must be an ISO 3166 code: " + transfer.country());
            Require.that(transfer.safeguard() != TransferSafeguard.NONE, where + "a transfer needs a safeguard");
        }
        if (euDataRegion != null) {
            for (Transfer transfer : euDataRegion.transfers()) {
                Require.that(Country.isCode(transfer.country()), where + "EU region transfer country must be a code: " + transfer.country());
                Require.that(transfer.safeguard() != TransferSafeguard.NONE, where + "an EU region transfer needs a safeguard");
            }
        }
    }

    /** The name in the language, for a notice that prints it. */
    public String name(Language language) {
        return localizedName == null ? name : localizedName.in(language);
    }

    /** The vendor in the language. */
    public String vendor(Language language) {
        return localizedVendor == null ? vendor : localizedVendor.in(language);
    }

    /** Whether a source confirmed the fact when factsCheckedOn was set; if not, the owner is told to check it. */
    public boolean confirmed(CatalogueFact fact) {
        return !unconfirmed.contains(fact);
    }

    /**
     * The entry as a system of the notice, with the catalogue's storage location in every language (a system added
     * before the location was translatable has it in Finnish only; documents print the catalogue's words for it in
     * their own language while she leaves it so, CatalogueNames).
     */
    public SystemUse toSystemUse() {
        return new SystemUse(id, name, vendor, usedFor, role, storageLocation, transfers, privacyUrl, factsCheckedOn);
    }

    /** The entry as a statutory recipient, as the notice lists the tulorekisteri. */
    public Recipient toRecipient() {
        return new Recipient(new LocalizedText(name(Language.FI), name(Language.SV), name(Language.EN)), usedFor, statutory ? RecipientKind.STATUTORY : RecipientKind.REGULAR, transfers);
    }
}
