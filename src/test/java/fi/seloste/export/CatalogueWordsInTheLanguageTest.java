package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.SystemUse;
import fi.seloste.seeds.SeedNotices;

/**
 * A Swedish or English notice or record of a register that uses every catalogue system, as the catalogue gave them,
 * prints no Finnish country name: transfers come as codes and storage in the catalogue's words for the language.
 */
class CatalogueWordsInTheLanguageTest {

    private static final NoticeMeta META = new NoticeMeta(LocalDate.of(2026, 12, 3), null);

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SV", "EN"})
    void noFinnishCountryNameInTheNoticeOrTheRecord(Language language) {
        Notice everySystem = everySystem();
        String notice = Jsoup.parse(NoticeHtml.document(everySystem, language, META)).text();
        String record = Jsoup.parse(RecordOfProcessing.html(everySystem, language, META)).text();

        for (String name : finnishOnlyCountryNames()) {
            Pattern word = Pattern.compile("(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})");
            assertThat(word.matcher(notice).find()).as("%s in the %s notice", name, language).isFalse();
            assertThat(word.matcher(record).find()).as("%s in the %s record", name, language).isFalse();
        }
        assertThat(record).contains(language == Language.SV ? "USA" : "United States");
    }

    private static Notice everySystem() {
        Notice seed = SeedNotices.physiotherapy();
        List<SystemUse> systems = Catalogues.systems().stream().filter(s -> !s.statutory())
                .map(CatalogueSystem::toSystemUse).toList();
        return fi.seloste.testing.OwnSections.onlySystems(seed, systems);
    }

    /** Country names in Finnish that are not also the Swedish or English name ("Israel", "Kanada"). */
    private static Set<String> finnishOnlyCountryNames() {
        return Stream.concat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                                .map(code -> new Locale("", code).getDisplayCountry(Language.FI.locale())),
                        Stream.of("Yhdysvallat", "Saksa", "Irlanti", "Suomi", "Ruotsi", "Alankomaat"))
                .filter(name -> Stream.of(Language.SV, Language.EN).noneMatch(other -> Locale.getISOCountries(
                        Locale.IsoCountryCode.PART1_ALPHA2).stream().anyMatch(code -> new Locale("", code)
                        .getDisplayCountry(other == Language.SV ? Locale.forLanguageTag("sv-FI") : other.locale()).equals(name))))
                .collect(Collectors.toSet());
    }
}
