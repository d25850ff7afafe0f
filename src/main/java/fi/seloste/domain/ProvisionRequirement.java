package fi.seloste.domain;

/** Art. 13(2)(e): whether the person must provide the data. */
public enum ProvisionRequirement {
    NOT_STATED,
    STATUTORY,
    CONTRACTUAL,
    REQUIRED_TO_ENTER_CONTRACT,
    VOLUNTARY
}
