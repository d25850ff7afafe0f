package fi.seloste.ui.wizard;

import java.util.Locale;

import fi.seloste.domain.Notice;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.RegisterTemplate;

/**
 * Whether the Systems step tells the owner about Kanta: only a healthcare business needs to (one of its registers
 * is a register of bookings and patients, or Kanta is among its systems, or among its recipients, where an older
 * notice put it), not a coffee roastery.
 */
final class KantaNote {

    static final String CATALOGUE_ID = "kanta";

    private KantaNote() {
    }

    static boolean relevant(Notice notice) {
        return notice.systems().stream().anyMatch(s -> CATALOGUE_ID.equals(s.catalogId()) || s.role() == ProcessingRole.HEALTH_RECORDS_ARCHIVE)
                || notice.registers().stream().anyMatch(r -> r.template() == RegisterTemplate.BOOKING_AND_PATIENTS
                || r.recipients().stream().anyMatch(p -> p.name().fi().toLowerCase(Locale.ROOT).contains(CATALOGUE_ID)));
    }
}
