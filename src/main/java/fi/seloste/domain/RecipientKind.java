package fi.seloste.domain;

/**
 * How a recipient gets the data (Art. 13(1)(e)); each kind has its own lead-in sentence in the notice. Processors
 * and the systems the register uses are {@link SystemUse}s, not recipients.
 */
public enum RecipientKind {
    /** A separate controller that receives data regularly (säännönmukainen luovutus). */
    REGULAR,
    /** An authority the law obliges us to disclose data to (Verohallinto, tulorekisteri). */
    STATUTORY,
    /** A joint controller (Art. 26) that decides on the processing together with us. */
    JOINT_CONTROLLER,
    /** Disclosures made only now and then, e.g. to an authority on its lawful request. */
    OCCASIONAL,
    /** Disclosures made only if something happens, e.g. to the buyer if the business is sold. */
    CONDITIONAL
}
