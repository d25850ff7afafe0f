package fi.seloste.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import fi.seloste.export.SafeFiles;
import fi.seloste.interchange.InterchangeDocument;
import fi.seloste.interchange.NoticeInterchange;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seloste export-json FILE [--out NOTICE.json]}: the whole client file as interchange JSON. */
@Command(name = "export-json", sortOptions = false)
final class ExportJsonCommand implements Callable<Integer> {

    private final Cli cli;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "file")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "NOTICE.json")
    Path out;

    ExportJsonCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        byte[] json;
        try (ClientFile client = ClientFiles.openToRead(file)) {
            json = NoticeInterchange.write(new InterchangeDocument(client.load(), client.signedVersions(), client.loadRecord()));
        } catch (ClientFileException e) {
            cli.note("exportJson.failed", Problems.describe(cli.text(), e));
            return ExitCodes.FILE_FAILED;
        }
        if (out == null) {
            try {
                cli.stdout().write(json);
                cli.stdout().flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                cli.note("writeFailed", String.valueOf(e.getMessage()));
                return ExitCodes.FILE_FAILED;
            }
        }
        SafeFiles.removeAbandoned(out.toAbsolutePath().getParent());
        try {
            SafeFiles.write(out, json);
            cli.note("exportJson.written", out.toAbsolutePath().toString());
            return ExitCodes.OK;
        } catch (IOException e) {
            cli.note("writeFailed", out.toAbsolutePath() + ": " + e.getMessage());
            return ExitCodes.FILE_FAILED;
        }
    }
}
