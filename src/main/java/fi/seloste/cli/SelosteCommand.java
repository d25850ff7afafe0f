package fi.seloste.cli;

import picocli.CommandLine.Command;

/** The top command; it only holds the subcommands. */
@Command(name = "seloste", mixinStandardHelpOptions = true, versionProvider = SelosteVersion.class,
        synopsisSubcommandLabel = "COMMAND")
final class SelosteCommand {
}
