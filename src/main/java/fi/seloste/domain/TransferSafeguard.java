package fi.seloste.domain;

/** What makes a transfer outside the EU/EEA lawful, Art. 13(1)(f). NONE means not chosen yet: a finding, never printed. */
public enum TransferSafeguard {
    NONE,
    ADEQUACY_DECISION,
    EU_US_DATA_PRIVACY_FRAMEWORK,
    STANDARD_CONTRACTUAL_CLAUSES,
    BINDING_CORPORATE_RULES,
    ARTICLE_49_DEROGATION;

    /** Art. 46/47 safeguards, of which the notice must say how to get a copy (Art. 13(1)(f)). */
    public boolean hasCopyToObtain() {
        return this == STANDARD_CONTRACTUAL_CLAUSES || this == BINDING_CORPORATE_RULES;
    }
}
