package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import fi.seloste.domain.ArchivedDocument;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.SignedVersion;
import fi.seloste.domain.check.CompletenessCheck;
import fi.seloste.domain.check.Translations;
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

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seloste export FILE... --format pdf,html,json --lang fi,sv,en --out DIR [--version N]}. */
@Command(name = "export", sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    /** What the longest export's name adds to the client's: "-fi-fragment.html". */
    static final int LONGEST_OUTPUT_SUFFIX_BYTES = "-fi-fragment.html".length();

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,html")
    List<OutputFormat> formats;

    @Option(names = "--lang", split = ",", paramLabel = "LANG")
    List<Language> languages;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Option(names = "--version", paramLabel = "N")
    Integer version;

    @Option(names = "--jobs", paramLabel = "N")
    Integer jobs;

    ExportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (version != null && version < 1) {
            cli.note("usage.error", cli.text().get("export.badVersion", version));
            return ExitCodes.USAGE;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            cli.note("export.noFolder", out.toAbsolutePath().toString(), String.valueOf(e.getMessage()));
            return ExitCodes.FILE_FAILED;
        }
        SafeFiles.removeAbandoned(out);
        Map<String, Path> claimed = new HashMap<>();
        long start = System.nanoTime();
        int failed = new Batch(cli).run(files, threads(), file -> exportOne(file, claimed));
        double seconds = (System.nanoTime() - start) / 1e9;
        int exported = files.size() - failed;
        cli.note("export.summary", exported, failed, String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.1f", exported / Math.max(seconds, 1e-9)), out.toAbsolutePath().toString());
        return failed == 0 ? ExitCodes.OK : ExitCodes.FILE_FAILED;
    }

    private int threads() {
        return jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    }

    private String exportOne(Path file, Map<String, Path> claimed) throws FileFailure, ClientFileException, IOException {
        String baseName = ClientFileName.displayName(file);
        if (ClientFileName.utf8Length(baseName) + LONGEST_OUTPUT_SUFFIX_BYTES > ClientFileName.MAX_FILE_NAME_BYTES) {
            throw new FileFailure(cli.text().get("export.nameTooLong", ClientFileName.MAX_FILE_NAME_BYTES,
                    ClientFileName.MAX_NAME_BYTES));
        }
        synchronized (claimed) {
            Path other = claimed.putIfAbsent(baseName, file.toAbsolutePath());
            if (other != null && !other.equals(file.toAbsolutePath())) {
                throw new FileFailure(cli.text().get("export.sameName", other.toString()));
            }
        }
        Notice notice;
        NoticeMeta meta;
        SignedVersion signed = null;
        List<ArchivedDocument> archived = List.of();
        InterchangeDocument whole = null;
        ProcessingRecord record;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            record = client.loadRecord();
            if (version == null) {
                notice = client.load();
                LocalDate today = LocalDate.now(cli.clock());
                meta = new NoticeMeta(today, null).withDraft(CompletenessCheck.hasErrors(notice, today));
            } else {
                signed = client.signedVersion(version)
                        .orElseThrow(() -> new FileFailure(cli.text().get("export.noSuchVersion", version)));
                notice = signed.notice();
                archived = client.archivedDocuments(version);
                meta = NoticeMeta.signed(signed.signOff()).withReissued(archived.isEmpty());
            }
            if (formats.contains(OutputFormat.JSON)) {
                whole = new InterchangeDocument(version == null ? notice : client.load(), client.signedVersions(),
                        record);
            }
        }
        Set<Language> chosen = languages == null || languages.isEmpty()
                ? notice.settings().languages() : EnumSet.copyOf(languages);
        warnAboutMissingTranslations(baseName, notice, chosen);
        Set<NoticeExport.Format> documents = EnumSet.noneOf(NoticeExport.Format.class);
        formats.forEach(f -> f.document().ifPresent(documents::add));
        if (NoticeExport.Format.anyPdf(documents)) {
            warnAboutUndrawableCharacters(baseName, notice, meta, chosen);
        }
        if (meta.draft()) {
            cli.note("export.draft", baseName);
        }
        List<Path> written = new ArrayList<>(signed == null
                ? NoticeExport.write(notice, record, chosen, documents, out, baseName, meta)
                : NoticeExport.writeSigned(signed, archived, record, chosen, documents, out, baseName));
        if (whole != null) {
            Path json = out.resolve(baseName + ".json");
            SafeFiles.write(json, NoticeInterchange.write(whole));
            written.add(json);
        }
        return cli.text().get("export.written", written.size());
    }

    private void warnAboutUndrawableCharacters(String baseName, Notice notice, NoticeMeta meta, Set<Language> chosen) {
        List<String> characters = PdfGlyphs.undrawable(notice, meta, chosen);
        if (!characters.isEmpty()) {
            cli.note("export.undrawable", baseName, String.join(" ", characters));
        }
    }

    private void warnAboutMissingTranslations(String baseName, Notice notice, Set<Language> chosen) {
        for (Language language : new LinkedHashSet<>(chosen)) {
            if (language != Language.FI && !Translations.missingIn(notice, language).isEmpty()) {
                cli.note("export.missingTranslation", baseName, cli.text().get("language.in." + language.tag()),
                        Translations.missingIn(notice, language).size());
            }
        }
    }
}
