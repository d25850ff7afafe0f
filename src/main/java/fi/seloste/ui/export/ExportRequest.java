package fi.seloste.ui.export;

import java.nio.file.Path;
import java.util.Set;

import fi.seloste.domain.Language;
import fi.seloste.export.NoticeExport;

/** What the owner asked to export: languages, formats and the folder. */
public record ExportRequest(Set<Language> languages, Set<NoticeExport.Format> formats, Path folder) {
}
