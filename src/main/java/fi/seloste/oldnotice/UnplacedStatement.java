package fi.seloste.oldnotice;

/** A sentence of the old notice that gave no value, with the part of the notice it stood in, for the owner to place. */
public record UnplacedStatement(String sentence, NoticeSection section, Reason reason) {

    public enum Reason {
        /** Nothing in it that Seloste recognises. */
        NOT_RECOGNISED,
        /** It says what happens if something is so ("Jos…", "Mikäli…"): only the owner knows whether it is. */
        CONDITIONAL,
        /** A Y-tunnus whose check digit does not follow from its digits. */
        INVALID_BUSINESS_ID,
        /** A second value for a field that holds one, different from the first. */
        SECOND_VALUE,
        /** It names a country outside the EU/EEA, but not the one recipient that gets the data there. */
        COUNTRY_WITHOUT_RECIPIENT
    }
}
