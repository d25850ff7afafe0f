package fi.seloste.domain;

/** Technical and organisational measures (Art. 32) that small businesses use, grouped as Finnish notices group them. */
public enum SecurityMeasure {
    LOCKED_CABINET(Kind.PAPER),
    LOCKED_PREMISES(Kind.PAPER),
    SHREDDING(Kind.PAPER),
    NO_PAPER_RECORDS(Kind.PAPER),
    PERSONAL_ACCOUNTS(Kind.ELECTRONIC),
    STRONG_AUTHENTICATION(Kind.ELECTRONIC),
    ACCESS_RIGHTS_BY_ROLE(Kind.ELECTRONIC),
    ENCRYPTION_IN_TRANSIT(Kind.ELECTRONIC),
    ENCRYPTION_AT_REST(Kind.ELECTRONIC),
    FIREWALL(Kind.ELECTRONIC),
    BACKUPS(Kind.ELECTRONIC),
    UPDATES_AND_MALWARE_PROTECTION(Kind.ELECTRONIC),
    CONFIDENTIALITY_OBLIGATION(Kind.ORGANISATIONAL),
    ACCESS_LOGGING(Kind.ORGANISATIONAL);

    public enum Kind { PAPER, ELECTRONIC, ORGANISATIONAL }

    private final Kind kind;

    SecurityMeasure(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
