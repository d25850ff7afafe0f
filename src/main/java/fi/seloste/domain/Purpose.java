package fi.seloste.domain;

import java.util.Objects;

/**
 * One purpose of processing and its legal basis (Art. 13(1)(c)); the legitimate interest is written out when the
 * basis is Art. 6(1)(f) (Art. 13(1)(d)). The basis is null until the owner chooses it.
 */
public record Purpose(LocalizedText description, LegalBasis basis, LocalizedText legitimateInterest) {

    public Purpose {
        description = Objects.requireNonNullElse(description, LocalizedText.EMPTY);
        legitimateInterest = Objects.requireNonNullElse(legitimateInterest, LocalizedText.EMPTY);
    }
}
