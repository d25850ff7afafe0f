package fi.seloste.cli;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import fi.seloste.domain.Notice;
import fi.seloste.oldnotice.DraftFromOldNotice;
import fi.seloste.oldnotice.MarksFromOldNotice;
import fi.seloste.oldnotice.OldNoticeException;
import fi.seloste.oldnotice.OldNoticeLimits;
import fi.seloste.oldnotice.OldNoticeReading;
import fi.seloste.oldnotice.OldNoticeRecogniser;
import fi.seloste.oldnotice.OldNoticeText;
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
 * {@code seloste import-notice FILE --into CLIENT}: a new draft client file from an old notice (.txt, .html, .pdf,
 * .docx). The old file is only read; the client file is written whole or not at all and never over an existing one.
 * Standard output lists what was placed, what was not and what the law no longer supports.
 */
@Command(name = "import-notice", sortOptions = false)
final class ImportNoticeCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
    Path file;

    @Option(names = "--into", paramLabel = "CLIENT", required = true)
    Path into;

    ImportNoticeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path target = ClientFileName.withExtension(into).toAbsolutePath();
        Optional<NameProblem> badName = ClientFileName.problemForNew(target);
        if (badName.isPresent()) {
            cli.note("importNotice.failed", Problems.describe(cli.text(), target, badName.get()));
            return ExitCodes.FILE_FAILED;
        }
        ImportLeftovers.removeAbandoned(target.getParent());
        String text;
        try {
            text = OldNoticeText.read(file);
        } catch (OldNoticeException e) {
            cli.note("importNotice.unreadable", file.toString(), problem(e.problem()));
            cli.note("import.nothingWritten", target.toString());
            return ExitCodes.FILE_FAILED;
        }
        OldNoticeReading reading = OldNoticeRecogniser.read(text);
        Notice draft = DraftFromOldNotice.draft(reading);
        try {
            ClientFiles.importDraft(target, draft, MarksFromOldNotice.of(reading, draft));
        } catch (ClientFileException e) {
            if (e.problem() == ClientFileProblem.ALREADY_EXISTS && e.getCause() instanceof FileAlreadyExistsException) {
                cli.note("importNotice.appeared", target.toString());
            } else if (e.problem() == ClientFileProblem.ALREADY_EXISTS) {
                cli.note("importNotice.exists", target.toString());
            } else {
                cli.note("importNotice.failed", Problems.describe(cli.text(), e));
            }
            return ExitCodes.FILE_FAILED;
        }
        cli.print(OldNoticeReport.of(reading, cli.text()));
        cli.note("importNotice.done", target.toString(), reading.placed().size(), reading.unplaced().size(), reading.outdated().size());
        return ExitCodes.OK;
    }

    private String problem(OldNoticeException.Problem problem) {
        return switch (problem) {
            case FILE_TOO_LARGE -> cli.text().get("importNotice.problem.FILE_TOO_LARGE", OldNoticeLimits.MAX_FILE_BYTES / (1024 * 1024));
            case TEXT_TOO_LONG -> cli.text().get("importNotice.problem.TEXT_TOO_LONG", OldNoticeLimits.MAX_TEXT_CHARS);
            case ZIP_BOMB -> cli.text().get("importNotice.problem.ZIP_BOMB");
            case DAMAGED -> cli.text().get("importNotice.problem.DAMAGED");
            case ENCRYPTED -> cli.text().get("importNotice.problem.ENCRYPTED");
            case UNSUPPORTED_FORMAT -> cli.text().get("importNotice.problem.UNSUPPORTED_FORMAT");
            case UNREADABLE -> cli.text().get("importNotice.problem.UNREADABLE");
            case NO_TEXT -> cli.text().get("importNotice.problem.NO_TEXT");
        };
    }
}
