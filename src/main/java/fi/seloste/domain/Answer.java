package fi.seloste.domain;

/**
 * The owner's answer to a yes/no question the law makes the notice answer (automated decisions, profiling,
 * transfers outside the EU/EEA, other regular disclosures, cookies). NOT_ANSWERED prints nothing and is a
 * completeness error: Seloste never prints a "no" the owner did not give.
 */
public enum Answer {
    NOT_ANSWERED,
    YES,
    NO;

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    public boolean isAnswered() {
        return this != NOT_ANSWERED;
    }
}
