package fi.seloste.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import fi.seloste.domain.Notice;

/** A seed notice: its text (a copy of ../shared/seeds/ in the test resources), its statement inventory and the fixture that expresses it. */
enum SeedInventory {
    PHYSIOTHERAPY("physiotherapy-practice-tietosuojaseloste", SeedNotices::physiotherapy),
    BEAUTY_SALON("beauty-salon-rekisteriseloste", SeedNotices::beautySalon);

    static final String HEADER = "id\tfragment\ttarget\tkey\tnote";

    /** Where the seeds are: copies in the test resources, else beside the repository clone. */
    private static final List<Path> SEED_DIRS = List.of(Path.of("src/test/resources/fi/seloste/seeds"), Path.of("../shared/seeds"));

    private final String seed;
    private final Supplier<Notice> fixture;

    SeedInventory(String seed, Supplier<Notice> fixture) {
        this.seed = seed;
        this.fixture = fixture;
    }

    /** One atomic claim of the seed and where Seloste keeps it; see the TSV's header comment for the columns. */
    record Statement(String id, String fragment, String target, String key, String note) {

        enum Kind { PATH, HEADING, GENERATED, NOT_APPLICABLE, GAP }

        Kind kind() {
            int colon = target.indexOf(':');
            if (colon < 0) {
                return Kind.PATH;
            }
            return switch (target.substring(0, colon)) {
                case "heading" -> Kind.HEADING;
                case "generated" -> Kind.GENERATED;
                case "not-applicable" -> Kind.NOT_APPLICABLE;
                case "gap" -> Kind.GAP;
                default -> throw new IllegalArgumentException(id + ": unknown target kind in '" + target + "'");
            };
        }

        /** What follows the marker: the heading section, generator id, reason or gap. */
        String marker() {
            return target.substring(target.indexOf(':') + 1);
        }

        /** The words a text field must contain: the key when given, else the fragment itself. */
        String expectedText() {
            return key.isEmpty() ? fragment : key;
        }

        @Override
        public String toString() {
            return id + " '" + fragment + "' -> " + target + (key.isEmpty() ? "" : " [" + key + "]");
        }
    }

    String seedFile() {
        return seed + ".txt";
    }

    Notice fixture() {
        return fixture.get();
    }

    /** The seed's lines as printed: no-break spaces made plain, white space collapsed, blank lines kept blank. */
    List<String> seedLines() {
        Path file = SEED_DIRS.stream().map(dir -> dir.resolve(seedFile())).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException(seedFile() + " not found in " + SEED_DIRS
                        + " (relative to " + Path.of("").toAbsolutePath() + ")"));
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(SeedInventory::normalize).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Statement> statements() {
        String resource = seed + ".statements.tsv";
        try (InputStream in = SeedInventory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource fi/seloste/seeds/" + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalStateException(resource + ": the first line must be the header '" + HEADER + "'");
            }
            List<Statement> statements = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split("\t", -1);
                if (c.length != 5) {
                    throw new IllegalStateException(resource + ": 5 tab-separated columns expected, " + c.length
                            + " in " + Arrays.toString(c));
                }
                statements.add(new Statement(c[0].strip(), normalize(c[1]), c[2].strip(), normalize(c[3]), c[4].strip()));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * The sentences and semicolon clauses of a line: split after ; and after . ! ? where the next word starts with a
     * capital letter, so "mm." and "tms." inside a sentence do not split it. A leading bullet is dropped.
     */
    static List<String> sentences(String line) {
        String body = line.replaceFirst("^•\\s*", "");
        return List.of(body.split("(?<=;)\\s+|(?<=[.!?])\\s+(?=[\\p{Lu}\"(•])"));
    }
}
