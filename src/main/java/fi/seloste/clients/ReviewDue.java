package fi.seloste.clients;

import java.time.LocalDate;

/** How near a client's yearly review is: what the overview colours and the reminder at start counts. */
public enum ReviewDue {
    NONE, LATER, SOON, OVERDUE;

    /** Within this many days the review counts as due soon. */
    public static final int SOON_DAYS = 30;

    public static ReviewDue of(LocalDate due, LocalDate today) {
        if (due == null) {
            return NONE;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(SOON_DAYS)) ? LATER : SOON;
    }

    /** Overdue or due soon: what the reminder at start is about. */
    public boolean needsAttention() {
        return this == SOON || this == OVERDUE;
    }
}
