package fi.seloste.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.InterchangeException;
import fi.seloste.interchange.InterchangeProblem;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileName.NameProblem;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.ClientFiles;
import fi.seloste.store.ImportLeftovers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seloste import NOTICE.json --into FILE}: a client file from an interchange file. The JSON is checked whole
 * first; the client file is written whole or not at all.
 */
@Command(name = "import", sortOptions = false)
final class ImportCommand implements Callable<Integer> {

    /** Far more than any notice; stops a wrong file (a video, a disk image) from filling the memory. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "NOTICE.json", arity = "1", descriptionKey = "json")
    Path json;

    @Option(names = "--into", paramLabel = "FILE", required = true)
    Path into;

    @Option(names = "--replace")
    boolean replace;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path target = ClientFileName.withExtension(into).toAbsolutePath();
        // A new file follows the naming rule; an existing one has its name already and needs only what H2 needs.
        Optional<NameProblem> badName = replace && Files.exists(target)
                ? ClientFileName.problemForOpening(target) : ClientFileName.problemForNew(target);
        if (badName.isPresent()) {
            cli.note("import.failed", Problems.describe(cli.text(), target, badName.get()));
            return ExitCodes.FILE_FAILED;
        }
        ImportLeftovers.removeAbandoned(target.getParent());
        boolean standardInput = json.toString().equals("-");
        String source = standardInput ? cli.text().get("import.standardInput") : json.toAbsolutePath().toString();
        InterchangeDocument document;
        try {
            document = readAndCheck(source, standardInput, target);
        } catch (OutOfMemoryError e) {
            // Reading is bounded (MAX_BYTES, and the JSON reader's limits), so this should not happen; if it does,
            // what was read is garbage by now, and the user gets a sentence rather than a stack trace.
            cli.note("import.outOfMemory", source);
            cli.note("import.nothingWritten", target.toString());
            return ExitCodes.FILE_FAILED;
        }
        if (document == null) {
            return ExitCodes.FILE_FAILED;
        }
        try {
            Optional<Path> kept = ClientFiles.importInto(target, document.notice(), document.record(), document.signedVersions(), replace);
            cli.note("import.done", target.toString(), document.notice().registers().size(), document.signedVersions().size());
            kept.ifPresent(copy -> cli.note("import.keptCopy", copy.toString()));
            return ExitCodes.OK;
        } catch (ClientFileException e) {
            if (e.problem() == ClientFileProblem.ALREADY_EXISTS && e.getCause() instanceof FileAlreadyExistsException) {
                cli.note("import.appeared", target.toString());
            } else if (e.problem() == ClientFileProblem.ALREADY_EXISTS) {
                cli.note("import.exists", target.toString());
            } else {
                cli.note("import.failed", Problems.describe(cli.text(), e));
            }
            return ExitCodes.FILE_FAILED;
        }
    }

    /** The document, checked whole; null when it cannot be imported, which has been told. */
    private InterchangeDocument readAndCheck(String source, boolean standardInput, Path target) {
        byte[] bytes;
        try {
            bytes = read(json, standardInput);
        } catch (TooLarge e) {
            cli.note("import.tooLarge", source, MAX_BYTES / (1024 * 1024));
            return null;
        } catch (NoSuchFileException e) {
            cli.note("import.noJson", source);
            return null;
        } catch (IOException e) {
            cli.note("import.unreadable", source, String.valueOf(e.getMessage()));
            return null;
        }
        try {
            return NoticeInterchange.read(bytes, cli.language());
        } catch (InterchangeException e) {
            cli.note("import.invalid", standardInput ? source : json.toString(), e.problems().size());
            for (InterchangeProblem problem : e.problems().subList(0, Math.min(e.problems().size(), Problems.SHOWN))) {
                cli.note("import.problem", problem.path().isEmpty() ? "-" : problem.path(), problem.message());
            }
            if (e.problems().size() > Problems.SHOWN) {
                cli.note("import.more", e.problems().size() - Problems.SHOWN, Problems.SHOWN);
            }
            if (e.stoppedEarly()) {
                cli.note("import.stoppedEarly", NoticeInterchange.MAX_PROBLEMS);
            }
            cli.note("import.nothingWritten", target.toString());
            return null;
        }
    }

    /**
     * At most MAX_BYTES + 1 bytes are read, whatever the file says its size is: a device (/dev/zero), a named pipe, a
     * process substitution ({@code <(…)}) and standard input all report a size of 0 or none.
     */
    private static byte[] read(Path file, boolean standardInput) throws IOException {
        try (InputStream in = standardInput ? new KeptOpen(System.in) : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    /** Standard input belongs to the process, not to this command: reading it is done, closing it is not. */
    private static final class KeptOpen extends java.io.FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // left open
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
