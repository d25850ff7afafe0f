package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * A client file knows which catalogue facts a system took by their factsCheckedOn (CatalogueUpdates), so an entry's
 * facts must never change without a later date: then existing notices would never be told. facts-by-date.tsv holds
 * each entry's date and a digest of its facts as last recorded; after checking an entry and moving its date, record
 * it with
 * <pre>./mvnw test -Dtest=CatalogueFactsLockTest -Dseloste.catalogue.lock.update=true</pre>
 */
class CatalogueFactsLockTest {

    private static final Path LOCK = Path.of("src/test/resources/fi/seloste/catalogue/facts-by-date.tsv");
    private static final String HOW = "check the entry with its sources, set factsCheckedOn to that day, then run"
            + " ./mvnw test -Dtest=CatalogueFactsLockTest -Dseloste.catalogue.lock.update=true";

    @Test
    void noEntrysFactsChangeWithoutALaterDate() throws IOException {
        Map<String, String> now = new LinkedHashMap<>();
        Catalogues.systems().forEach(s -> now.put(s.id(), s.factsCheckedOn() + "\t" + digest(s)));
        if (Boolean.getBoolean("seloste.catalogue.lock.update")) {
            Map<String, String> recorded = Files.exists(LOCK) ? read() : Map.of();
            for (CatalogueSystem s : Catalogues.systems()) {
                String before = recorded.get(s.id());
                assertThat(before == null || !before.split("\t")[0].equals(s.factsCheckedOn().toString())
                        || before.equals(now.get(s.id())))
                        .as("%s: its facts changed but factsCheckedOn is still %s; %s", s.id(), s.factsCheckedOn(), HOW)
                        .isTrue();
            }
            Files.writeString(LOCK, now.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue() + "\n")
                    .collect(Collectors.joining()), StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = read();
        for (CatalogueSystem s : Catalogues.systems()) {
            String before = recorded.get(s.id());
            assertThat(before).as("%s is not recorded in %s; %s", s.id(), LOCK, HOW).isNotNull();
            LocalDate recordedOn = LocalDate.parse(before.split("\t")[0]);
            assertThat(s.factsCheckedOn()).as("%s: factsCheckedOn went back from %s", s.id(), recordedOn)
                    .isAfterOrEqualTo(recordedOn);
            assertThat(s.factsCheckedOn()).as("%s was checked again on %s: record it with"
                    + " ./mvnw test -Dtest=CatalogueFactsLockTest -Dseloste.catalogue.lock.update=true", s.id(),
                    s.factsCheckedOn()).isEqualTo(recordedOn);
            assertThat(now.get(s.id())).as("%s: its facts changed but factsCheckedOn is still %s, so client files that"
                    + " took the old facts would never be told; %s", s.id(), s.factsCheckedOn(), HOW).isEqualTo(before);
        }
    }

    /** The facts CatalogueUpdates compares and offers, with the options it takes into account. */
    static String digest(CatalogueSystem s) {
        String facts = String.join("\u001f", s.vendor(), s.role().name(), String.valueOf(s.otherRoles().stream()
                        .map(o -> o.role().name()).toList()), s.storageLocation().fi(), String.valueOf(s.transfers()),
                s.euDataRegion() == null ? "" : s.euDataRegion().storageLocation().fi() + s.euDataRegion().transfers(),
                s.privacyUrl(), String.valueOf(s.needsHostingProvider()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(facts.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> read() throws IOException {
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LOCK, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t", 2);
                recorded.put(parts[0], parts[1]);
            }
        }
        return recorded;
    }
}
