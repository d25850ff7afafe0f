package fi.seloste.ui.export;

import java.nio.file.Path;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.export.NoticeExport;

/** What the owner asked to export: the draft (version null) or a signed version, languages, formats and the folder. */
public record ExportRequest(Set<Language> languages, Set<NoticeExport.Format> formats, Path folder, Integer version) {

    /** The draft, as it is now. */
    public ExportRequest(Set<Language> languages, Set<NoticeExport.Format> formats, Path folder) {
        this(languages, formats, folder, null);
    }
}
