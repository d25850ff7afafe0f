package fi.seloste.cli;

import java.util.stream.Collectors;

import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A wrong command line: one line saying what is wrong, in the user's language, and where the help is. */
final class UsageErrors implements IParameterExceptionHandler {

    private final Cli cli;

    UsageErrors(Cli cli) {
        this.cli = cli;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        cli.note("usage.error", describe(e));
        cli.note("usage.seeHelp", e.getCommandLine().getCommandSpec().qualifiedName());
        return ExitCodes.USAGE;
    }

    private String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return cli.text().get("usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof MissingParameterException missing) {
            return cli.text().get("usage.missing",
                    missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
        }
        if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
            return cli.text().get("usage.badValue", name(e.getArgSpec()), conversion.getMessage());
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
