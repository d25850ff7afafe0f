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
        byte[] bytes;
        try {
            bytes = read(json);
        } catch (TooLarge e) {
            cli.note("import.tooLarge", json.toAbsolutePath().toString(), MAX_BYTES / (1024 * 1024));
            return ExitCodes.FILE_FAILED;
        } catch (NoSuchFileException e) {
            cli.note("import.noJson", json.toAbsolutePath().toString());
            return ExitCodes.FILE_FAILED;
        } catch (IOException e) {
            cli.note("import.unreadable", json.toAbsolutePath().toString(), String.valueOf(e.getMessage()));
            return ExitCodes.FILE_FAILED;
        }
        InterchangeDocument document;
        try {
            document = NoticeInterchange.read(bytes, cli.language());
        } catch (InterchangeException e) {
            cli.note("import.invalid", json.toString(), e.problems().size());
            for (InterchangeProblem problem : e.problems().subList(0, Math.min(e.problems().size(), Problems.SHOWN))) {
                cli.note("import.problem", problem.path().isEmpty() ? "-" : problem.path(), problem.message());
            }
            if (e.problems().size() > Problems.SHOWN) {
                cli.note("import.more", e.problems().size() - Problems.SHOWN, Problems.SHOWN);
            }
            cli.note("import.nothingWritten", target.toString());
            return ExitCodes.FILE_FAILED;
        }
        try {
            Optional<Path> kept = ClientFiles.importInto(target, document.notice(), document.signedVersions(), replace);
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

    private static byte[] read(Path file) throws IOException {
        if (file.toString().equals("-")) {
            byte[] bytes = System.in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new TooLarge();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
