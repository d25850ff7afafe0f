package fi.seloste.ui.oldnotice;

import java.nio.file.Path;

import fi.seloste.oldnotice.OldNoticeReading;

/** A client file just written from an old notice, and what was read from it. */
public record ImportedOldNotice(Path file, OldNoticeReading reading) {
}
