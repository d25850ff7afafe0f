package fi.seloste.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transfer of personal data to one country outside the EU/EEA and the safeguard it rests on (Art. 13(1)(f)).
 * country is an ISO 3166-1 alpha-2 code ({@link Country}); a file from an older Seloste may hold a name the owner
 * typed, kept exactly as typed (not even stripped: an import must not change a value without a word).
 * safeguard NONE means not chosen yet: it is never printed as a basis.
 */
public record Transfer(String country, TransferSafeguard safeguard) {

    public Transfer {
        country = Objects.requireNonNullElse(country, "");
        safeguard = Objects.requireNonNullElse(safeguard, TransferSafeguard.NONE);
    }

    /**
     * The transfers with every country an older Seloste kept as typed read as codes: "Yhdysvallat" becomes US, and
     * "Israel ja Yhdysvallat" two transfers with the safeguard given for both. A name Seloste cannot read stays as
     * typed, so nothing the owner wrote is dropped.
     */
    public static List<Transfer> normalized(List<Transfer> transfers) {
        List<Transfer> result = new ArrayList<>(transfers.size());
        for (Transfer t : transfers) {
            if (Country.isCode(t.country())) {
                result.add(t);
            } else {
                Country.codesFor(t.country()).ifPresentOrElse(
                        codes -> codes.forEach(code -> result.add(new Transfer(code, t.safeguard()))),
                        () -> result.add(t));
            }
        }
        return List.copyOf(result);
    }
}
