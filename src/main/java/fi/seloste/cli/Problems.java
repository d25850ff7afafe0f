package fi.seloste.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFileName.NameProblem;
import fi.seloste.store.ClientFileProblem;
import fi.seloste.store.RefusedValue;

/** Why a client file could not be used, in the user's language. */
final class Problems {

    /** How many problems or findings are printed: a file can have a million, the first ones tell what is wrong. */
    static final int SHOWN = 20;

    private Problems() {
    }

    static String describe(CliText text, ClientFileException e) {
        if (e.problem() == ClientFileProblem.NOT_A_CLIENT_FILE) {
            // Said by the name (its ending, a ";" H2 cannot take) or else by what is inside the file.
            Optional<NameProblem> name = Files.exists(e.path())
                    ? ClientFileName.problemForOpening(e.path()) : ClientFileName.problemForNew(e.path());
            if (name.isPresent()) {
                return describe(text, e.path(), name.get());
            }
        }
        RefusedValue refused = RefusedValue.of(e).orElse(new RefusedValue("notice", RefusedValue.Reason.NOT_ALLOWED));
        return text.get("problem." + e.problem().name(), ClientFileName.displayName(e.path()), e.path().toString(),
                refused.where(), text.get("refused." + refused.reason().name()));
    }

    /** What is wrong with the name {@code file}, and how to put it right. */
    static String describe(CliText text, Path file, NameProblem problem) {
        String path = file.toAbsolutePath().toString();
        String detail = problem.detail();
        return switch (problem.flaw()) {
            case WRONG_ENDING -> text.get("name.wrongEnding", path);
            case ENDING_CASE -> text.get("name.endingCase", path, detail);
            case EMPTY -> text.get("name.empty", path);
            case CHARACTER -> text.get("name.character", path, character(text, detail));
            case FOLDER_CHARACTER -> text.get("name.folderCharacter", path, character(text, detail));
            case LEADING_DOT -> text.get("name.leadingDot", path);
            case TRAILING_DOT_OR_SPACE -> text.get("name.trailingDotOrSpace", path);
            case RESERVED_ON_WINDOWS -> text.get("name.reservedOnWindows", path, detail);
            case TOO_LONG -> text.get("name.tooLong", path, Integer.parseInt(detail), ClientFileName.MAX_NAME_BYTES);
        };
    }

    /** A visible character in quotes; an invisible one (a control character, a bidi override) by its code. */
    private static String character(CliText text, String character) {
        int c = character.codePointAt(0);
        boolean invisible = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
        return invisible ? String.format("U+%04X", c) : text.get("name.quoted", character);
    }
}
