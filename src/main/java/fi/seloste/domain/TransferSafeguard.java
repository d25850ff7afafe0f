package fi.seloste.domain;

/** What makes a transfer outside the EU/EEA lawful, Art. 13(1)(f). NONE is a finding, not a safeguard. */
public enum TransferSafeguard {
    NONE,
    ADEQUACY_DECISION,
    EU_US_DATA_PRIVACY_FRAMEWORK,
    STANDARD_CONTRACTUAL_CLAUSES,
    BINDING_CORPORATE_RULES,
    ARTICLE_49_DEROGATION
}
