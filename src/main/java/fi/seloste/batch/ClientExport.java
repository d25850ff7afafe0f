package fi.seloste.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import fi.seloste.clients.ClientScanner;
import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Translations;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.export.NoticeExport;
import fi.seloste.export.NoticeMeta;
import fi.seloste.export.PdfGlyphs;
import fi.seloste.export.SafeFiles;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;

/**
 * Exports client files, one at a time, into one folder: the notice (its draft as it is now, or a signed version) in
 * the chosen formats and languages, and the whole client file as JSON. Shared by {@code seloste export} and the client
 * overview's batch export; one instance per run, because two files of the same name in one run are refused.
 *
 * <p>A file's documents are all written under temporary names first, with a {@link Checkpoint} before each, and moved
 * into place only when every one of them is written: a file whose export is cancelled or fails on the way leaves none
 * of its new documents, and the documents an earlier export left there stay as they were (docs/decisions/0026).
 */
public final class ClientExport {

    /** What the longest export's name adds to the client's: "-fi-fragment.html". */
    public static final int LONGEST_OUTPUT_SUFFIX_BYTES = "-fi-fragment.html".length();

    /**
     * What to export: formats, languages (empty: each notice's own), the folder, and the signed version (null: the
     * draft as it is now).
     */
    public record Plan(Set<ExportFormat> formats, Set<Language> languages, Path folder, Integer version) {

        public Plan {
            formats = Set.copyOf(formats);
            languages = Set.copyOf(languages);
            Objects.requireNonNull(folder, "folder");
        }
    }

    /**
     * What one file's export wrote, and what the owner should hear about it: the pages are marked as a draft, a
     * language lacks the owner's translation in this many wizard steps, the PDF cannot draw these characters.
     */
    public record Result(List<Path> written, boolean draft, Map<Language, Integer> missingTranslations,
                         List<String> undrawable) {

        public Result {
            written = List.copyOf(written);
            // In language order (fi, sv, en), as the notice lists them.
            missingTranslations = missingTranslations.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new EnumMap<>(missingTranslations));
            undrawable = List.copyOf(undrawable);
        }
    }

    private final Plan plan;
    private final Clock clock;
    private final ExportTexts texts;
    private final ClientScanner.Gate gate;
    private final Map<String, Path> claimed = new HashMap<>();

    /** @param gate around each read of a client file (the app keeps it from overlapping its own disk work) */
    public ClientExport(Plan plan, Clock clock, ExportTexts texts, ClientScanner.Gate gate) {
        this.plan = plan;
        this.clock = clock;
        this.texts = texts;
        this.gate = gate;
    }

    public Plan plan() {
        return plan;
    }

    /** What is read from the client file: all of it is read before anything is rendered. */
    private record Read(Notice notice, NoticeMeta meta, SignedVersion signed, List<ArchivedDocument> archived,
                        InterchangeDocument whole, ProcessingRecord record) {
    }

    /** One file to write: where, and its content rendered when asked. */
    private record Planned(Path target, Supplier<byte[]> content) {
    }

    public Result export(Path file, Checkpoint checkpoint)
            throws BatchFailure, BatchCancelled, ClientFileException, IOException {
        String baseName = ClientFileName.displayName(file);
        if (ClientFileName.utf8Length(baseName) + LONGEST_OUTPUT_SUFFIX_BYTES > ClientFileName.MAX_FILE_NAME_BYTES) {
            throw new BatchFailure(texts.nameTooLong(ClientFileName.MAX_FILE_NAME_BYTES, ClientFileName.MAX_NAME_BYTES));
        }
        synchronized (claimed) {
            Path other = claimed.putIfAbsent(baseName, file.toAbsolutePath());
            if (other != null && !other.equals(file.toAbsolutePath())) {
                throw new BatchFailure(texts.sameName(other.toString()));
            }
        }
        checkpoint.reached(0, 1);
        Read read = read(file.toAbsolutePath().normalize());
        Notice notice = read.notice();
        Set<Language> chosen = plan.languages().isEmpty() ? notice.settings().languages() : EnumSet.copyOf(plan.languages());
        Set<NoticeExport.Format> formats = EnumSet.noneOf(NoticeExport.Format.class);
        plan.formats().forEach(f -> f.document().ifPresent(formats::add));

        List<Planned> planned = new ArrayList<>();
        List<NoticeExport.Document> documents = read.signed() == null
                ? NoticeExport.documents(notice, read.record(), chosen, formats, plan.folder(), baseName, read.meta())
                : NoticeExport.signedDocuments(read.signed(), read.archived(), read.record(), chosen, formats,
                        plan.folder(), baseName);
        documents.forEach(d -> planned.add(new Planned(d.target(), d::render)));
        if (read.whole() != null) {
            planned.add(new Planned(plan.folder().resolve(baseName + ".json"), () -> NoticeInterchange.write(read.whole())));
        }
        List<Path> written = writeTogether(planned, checkpoint);

        Map<Language, Integer> missing = new EnumMap<>(Language.class);
        for (Language language : chosen) {
            int steps = Translations.missingIn(notice, language).size();
            if (language != Language.FI && steps > 0) {
                missing.put(language, steps);
            }
        }
        List<String> undrawable = NoticeExport.Format.anyPdf(formats)
                ? PdfGlyphs.undrawable(notice, read.meta(), chosen) : List.of();
        return new Result(written, read.meta().draft(), missing, undrawable);
    }

    /**
     * Writes every file under a temporary name, then moves them all into place; removes the temporary ones when
     * cancelled or failed before the moves.
     */
    private static List<Path> writeTogether(List<Planned> planned, Checkpoint checkpoint)
            throws BatchCancelled, IOException {
        List<SafeFiles.Staged> staged = new ArrayList<>();
        int committed = 0;
        try {
            for (int i = 0; i < planned.size(); i++) {
                checkpoint.reached(i, planned.size());
                staged.add(SafeFiles.stage(planned.get(i).target(), planned.get(i).content().get()));
            }
            checkpoint.reached(planned.size(), planned.size());
            List<Path> written = new ArrayList<>();
            for (SafeFiles.Staged file : staged) {
                file.commit();
                committed++;
                written.add(file.target());
            }
            return written;
        } finally {
            for (int i = committed; i < staged.size(); i++) {
                staged.get(i).discard();
            }
        }
    }

    private Read read(Path file) throws BatchFailure, ClientFileException, IOException {
        Integer version = plan.version();
        boolean json = plan.formats().contains(ExportFormat.JSON);
        return Gates.read(gate, file, () -> {
            try (ClientFile client = ClientFiles.openToRead(file)) {
                ProcessingRecord record = client.loadRecord();
                if (version == null) {
                    Notice notice = client.load();
                    LocalDate today = LocalDate.now(clock);
                    NoticeMeta meta = new NoticeMeta(today, null).withDraft(CompletenessCheck.hasErrors(notice, today));
                    InterchangeDocument whole = json ? new InterchangeDocument(notice, client.signedVersions(), record) : null;
                    return new Read(notice, meta, null, List.of(), whole, record);
                }
                SignedVersion signed = client.signedVersion(version)
                        .orElseThrow(() -> new BatchFailure(texts.noSuchVersion(version)));
                List<ArchivedDocument> archived = client.archivedDocuments(version);
                NoticeMeta meta = NoticeMeta.signedVersion(signed.signOff(), archived);
                InterchangeDocument whole = json ? new InterchangeDocument(client.load(), client.signedVersions(), record)
                        : null;
                return new Read(signed.notice(), meta, signed, archived, whole, record);
            }
        });
    }
}
