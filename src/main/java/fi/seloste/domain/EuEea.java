package fi.seloste.domain;

import java.util.Set;

/**
 * The EU/EEA as Article 13(1)(f) means it: the 27 EU member states and Iceland, Liechtenstein and Norway, as ISO
 * codes. A transfer to any other country is a transfer outside the EU/EEA, also to Switzerland and the United Kingdom:
 * their adequacy decisions are a safeguard for the transfer, not membership.
 */
public final class EuEea {

    /** The EU 27 (Cyprus and Ireland included, the United Kingdom not since 2020) and the three EEA states. */
    public static final Set<String> MEMBER_STATES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    /**
     * Parts of member states that ISO gives codes of their own and that are inside the EU: Åland and France's
     * outermost regions. Greenland, the Faroe Islands, the Dutch Caribbean islands, French Polynesia and New Caledonia
     * are not, nor is Svalbard, where the EEA Agreement does not apply.
     */
    public static final Set<String> REGIONS_IN_THE_EU = Set.of("AX", "GF", "GP", "MQ", "RE", "YT", "MF");

    private EuEea() {
    }

    /** Whether data kept in the country (an ISO code) stays inside the EU/EEA. */
    public static boolean includes(String code) {
        return MEMBER_STATES.contains(code) || REGIONS_IN_THE_EU.contains(code);
    }
}
