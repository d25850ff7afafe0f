package fi.seloste.store;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Client files are H2 databases named {@code <client>.seloste.mv.db}: H2 insists on the ".mv.db" ending, and the
 * ".seloste" before it tells Seloste's files from other H2 databases in a folder. See docs/decisions.
 *
 * <p>One naming rule for every new client file, whether the command line's import, the app's "New client file" or
 * anything else makes it ({@link #problemForNew}; {@link #forClient} maps a typed name onto it): a name that other
 * commands can open again, that a listing shows, that Windows can copy, and whose exports and backup copies fit in
 * a file name. Opening an existing file needs less ({@link #problemForOpening}): only what H2 needs.
 */
public final class ClientFileName {

    public static final String EXTENSION = ".seloste.mv.db";

    /**
     * The longest client name (the file name without {@link #EXTENSION}), in UTF-8 bytes. File systems allow 255
     * bytes per name; the longest names derived from a client name are its backup copies
     * ({@code <name>.seloste.mv.db.before-import-<yyyyMMdd-HHmmss-SSS>-<n>.bak}, 55 bytes more) and its exports
     * ({@code <name>-<lang>-fragment.html}, 17 more). 150 leaves room for those and for more to come.
     */
    public static final int MAX_NAME_BYTES = 150;

    /** The longest name any file system Seloste runs on allows, in UTF-8 bytes. */
    public static final int MAX_FILE_NAME_BYTES = 255;

    private static final String H2_SUFFIX = ".mv.db";
    private static final String FALLBACK = "client";
    /** Not allowed in a Windows file name; ";" and "\" also break H2's URL and file names on Linux. */
    private static final String FORBIDDEN = "\\/:;*?\"<>|";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

    private ClientFileName() {
    }

    /** What keeps a name from being a client file's, in terms a message can explain. */
    public enum Flaw {
        /** The name does not end in ".seloste.mv.db" (in small letters); {@code detail} is the name. */
        WRONG_ENDING,
        /** The name ends in ".seloste.mv.db" in other letter case; {@code detail} is the name H2 would need. */
        ENDING_CASE,
        /** Nothing before ".seloste.mv.db". */
        EMPTY,
        /** {@code detail} is the character (";", "\", a control character…) the client name cannot contain. */
        CHARACTER,
        /** {@code detail} is the character (";" or "\") in a folder's name that H2 cannot take in a path. */
        FOLDER_CHARACTER,
        /** The name starts with a dot, which makes a hidden file that listings do not show. */
        LEADING_DOT,
        /** The name ends in a dot or a space, which Windows drops. */
        TRAILING_DOT_OR_SPACE,
        /** {@code detail} is the device name (CON, NUL, COM1…) Windows reserves. */
        RESERVED_ON_WINDOWS,
        /** {@code detail} is the name's length in UTF-8 bytes, over {@link #MAX_NAME_BYTES}. */
        TOO_LONG
    }

    /** A flaw and the one thing a message should name: the character, the device name or the length. */
    public record NameProblem(Flaw flaw, String detail) {
    }

    public static boolean isClientFile(Path path) {
        return path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** The file for a client name typed by the user, mapped onto the naming rule ({@link #problemForNew}). */
    public static Path forClient(Path folder, String clientName) {
        StringBuilder mapped = new StringBuilder();
        clientName.strip().codePoints().forEach(c -> mapped.appendCodePoint(isForbidden(c) ? '_' : c));
        String safe = trimDotsAndSpaces(mapped.toString());
        String device = windowsDevice(safe);
        if (device != null) {
            safe = device + "_" + safe.substring(device.length());
        }
        safe = trimDotsAndSpaces(shortened(safe, MAX_NAME_BYTES));
        return folder.resolve((safe.isEmpty() ? FALLBACK : safe) + EXTENSION);
    }

    /**
     * Adds the extension when the user left it out; an extension typed in capitals is written in small letters,
     * which is how H2 looks for the file.
     */
    public static Path withExtension(Path path) {
        if (path.getFileName() == null) {
            return path.resolve(EXTENSION);
        }
        String name = path.getFileName().toString();
        if (!isClientFile(path)) {
            return path.resolveSibling(name + EXTENSION);
        }
        if (!name.endsWith(EXTENSION)) {
            return path.resolveSibling(name.substring(0, name.length() - EXTENSION.length()) + EXTENSION);
        }
        return path;
    }

    /** The client's name as the file name shows it. */
    public static String displayName(Path path) {
        String name = path.getFileName().toString();
        return isClientFile(path) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /**
     * Why a new client file may not have this name, if it may not: the naming rule of every command and the app.
     * {@code file} is the whole path, extension included ({@link #withExtension}).
     */
    public static Optional<NameProblem> problemForNew(Path file) {
        Optional<NameProblem> forH2 = problemForOpening(file);
        if (forH2.isPresent()) {
            return forH2;
        }
        String name = displayName(file);
        if (name.isEmpty()) {
            return problem(Flaw.EMPTY, "");
        }
        Optional<String> character = name.codePoints().filter(ClientFileName::isForbidden).mapToObj(Character::toString)
                .findFirst();
        if (character.isPresent()) {
            return problem(Flaw.CHARACTER, character.get());
        }
        if (name.startsWith(".")) {
            return problem(Flaw.LEADING_DOT, "");
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return problem(Flaw.TRAILING_DOT_OR_SPACE, "");
        }
        String device = windowsDevice(name);
        if (device != null) {
            return problem(Flaw.RESERVED_ON_WINDOWS, device);
        }
        int bytes = utf8Length(name);
        if (bytes > MAX_NAME_BYTES) {
            return problem(Flaw.TOO_LONG, String.valueOf(bytes));
        }
        return Optional.empty();
    }

    /**
     * Why H2 cannot open a file of this name, if it cannot: it needs the ending ".mv.db" in small letters (unless the
     * file system ignores case) and a path without ";" (which would end the path in H2's URL and start its settings)
     * and, where "/" separates folders, without "\" (which H2 turns into "/").
     */
    public static Optional<NameProblem> problemForOpening(Path file) {
        Path absolute = file.toAbsolutePath();
        if (absolute.getFileName() == null) {
            return problem(Flaw.WRONG_ENDING, absolute.toString());
        }
        String name = absolute.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(H2_SUFFIX)) {
            return problem(Flaw.WRONG_ENDING, name);
        }
        for (String character : h2Characters()) {
            if (name.contains(character)) {
                return problem(Flaw.CHARACTER, character);
            }
            if (absolute.toString().contains(character)) {
                return problem(Flaw.FOLDER_CHARACTER, character);
            }
        }
        if (!name.endsWith(H2_SUFFIX) && !sameFileInSmallLetters(absolute)) {
            String suffix = isClientFile(absolute) ? EXTENSION : H2_SUFFIX;
            return problem(Flaw.ENDING_CASE, name.substring(0, name.length() - suffix.length()) + suffix);
        }
        return Optional.empty();
    }

    /** H2 opens only files ending in ".mv.db"; a path with ";" cannot be put in a JDBC URL. */
    static boolean isH2FileName(Path path) {
        return problemForOpening(path).isEmpty();
    }

    /** The name H2 wants in its JDBC URL: the path without ".mv.db". */
    static String databaseName(Path path) {
        if (!isH2FileName(path)) {
            throw new IllegalArgumentException("Not an H2 database file name: " + path);
        }
        String absolute = path.toAbsolutePath().toString();
        return absolute.substring(0, absolute.length() - H2_SUFFIX.length());
    }

    /** {@code text} cut to at most {@code maxBytes} UTF-8 bytes, between two code points. */
    public static String shortened(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static Set<String> h2Characters() {
        return File.separatorChar == '/' ? Set.of(";", "\\") : Set.of(";");
    }

    /** On Windows and macOS "X.SELOSTE.MV.DB" is the file H2 opens as "X.SELOSTE.mv.db"; on Linux it is not. */
    private static boolean sameFileInSmallLetters(Path absolute) {
        String name = absolute.getFileName().toString();
        Path h2Name = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()) + H2_SUFFIX);
        try {
            return Files.exists(absolute) && Files.exists(h2Name) && Files.isSameFile(absolute, h2Name);
        } catch (IOException e) {
            return false;
        }
    }

    /** Characters no client name may contain: Windows' forbidden ones, control characters, bidi overrides. */
    private static boolean isForbidden(int c) {
        return FORBIDDEN.indexOf(c) >= 0 || Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** The reserved device name a name starts with as Windows sees it ("CON", "con.txt", "NUL .x"), or null. */
    private static String windowsDevice(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        return WINDOWS_DEVICES.contains(stem.toUpperCase(Locale.ROOT)) ? name.substring(0, stem.length()) : null;
    }

    private static Optional<NameProblem> problem(Flaw flaw, String detail) {
        return Optional.of(new NameProblem(flaw, detail));
    }
}
