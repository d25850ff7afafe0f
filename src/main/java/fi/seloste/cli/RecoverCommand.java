package fi.seloste.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileRecovery;
import fi.seloste.store.ClientFileRecovery.Recovered;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seloste recover FILE}: the last trustworthy state of a damaged client file into a new file beside it; the
 * damaged file is left as it was.
 */
@Command(name = "recover", sortOptions = false)
final class RecoverCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy H.mm");

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
    Path file;

    RecoverCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Recovered recovered;
        try {
            recovered = ClientFileRecovery.intoCopy(file);
        } catch (ClientFileException e) {
            // The damage message itself advises "seloste recover": here only the outcome is told.
            if (e.problem() == fi.seloste.store.ClientFileProblem.DAMAGED) {
                cli.note("recover.nothingDamaged", file.toAbsolutePath().toString());
            } else {
                cli.note("recover.nothing", file.toAbsolutePath().toString(), Problems.describe(cli.text(), e));
            }
            return ExitCodes.FILE_FAILED;
        }
        String copy = recovered.copy().toString();
        if (recovered.fromSignedVersion() > 0) {
            cli.note("recover.fromSigned", copy, recovered.fromSignedVersion(), when(recovered.savedAt().orElseThrow()));
        } else if (recovered.savedAt().isPresent()) {
            cli.note("recover.saved", copy, when(recovered.savedAt().get()));
        } else {
            cli.note("recover.savedUnknown", copy);
        }
        recovered.lostChangesUpTo().ifPresent(reach -> cli.note("recover.reachesTo", when(reach)));
        if (!recovered.lostVersions().isEmpty()) {
            cli.note("recover.lostVersions",
                    recovered.lostVersions().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    recovered.lostVersions().size());
        }
        cli.note("recover.originalKept", file.toAbsolutePath().toString());
        return ExitCodes.OK;
    }

    private static String when(java.time.Instant instant) {
        return WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
