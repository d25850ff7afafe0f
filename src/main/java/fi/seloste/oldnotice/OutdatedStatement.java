package fi.seloste.oldnotice;

/** A sentence of the old notice that the law no longer supports: flagged, never copied into the draft. */
public record OutdatedStatement(String sentence, Reason reason) {

    public enum Reason {
        /** Henkilötietolaki (523/1999, HetiL) was repealed on 1 January 2019; GDPR and tietosuojalaki 1050/2018 apply. */
        PERSONAL_DATA_ACT,
        /** Directive 95/46/EC was repealed by the GDPR on 25 May 2018. */
        DATA_PROTECTION_DIRECTIVE,
        /** A limit on how often access may be asked (e.g. once a year free): GDPR Art. 12(5) and 15 set none. */
        ACCESS_REQUEST_LIMIT,
        /** A demand for a written or signed request: Art. 12(2) has the controller make requests easy, electronic too. */
        WRITTEN_REQUEST_REQUIRED,
        /** The Data Protection Ombudsman's earlier address; the notice prints the current one from the catalogue. */
        OLD_AUTHORITY_ADDRESS
    }
}
