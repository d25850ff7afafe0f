package fi.seloste.export;

import java.time.LocalDate;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.seeds.SeedNotices;

import org.junit.jupiter.params.provider.Arguments;

/** Both seed notices in every notice language, with one date and version, for the export tests. */
final class SeedCases {

    static final NoticeMeta META = new NoticeMeta(LocalDate.of(2027, 11, 1), 3);

    private SeedCases() {
    }

    static Stream<Arguments> seedsAndLanguages() {
        return Stream.of(Language.values()).flatMap(l -> Stream.of(
                Arguments.of("physiotherapy", SeedNotices.physiotherapy(), l),
                Arguments.of("beautySalon", SeedNotices.beautySalon(), l)));
    }
}
