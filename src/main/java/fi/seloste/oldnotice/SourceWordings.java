package fi.seloste.oldnotice;

import fi.seloste.domain.SourceKind;
import java.util.List;

/** The usual wordings of where data comes from (säännönmukaiset tietolähteet). */
final class SourceWordings {

    private static final List<Wording> WORDINGS = List.of(
            Wording.of("(?:kerätään|saadaan|saamme|kerää|kerätyt)[^.]{0,60}(?:rekisteröidyiltä|rekisteröidyltä|asiakkaalta|asiakkailta|henkilöltä itseltään|itseltään|sinulta)"
                    + "|(?:rekisteröidyn|asiakkaan) itse (?:antamat|ilmoittamat)|itse antamiin|från den registrerade|av den registrerade själv|från kunden"
                    + "|from the data subject|directly from you|from the customer", SourceKind.DATA_SUBJECT.name()),
            Wording.of("(?:kerätään|saadaan)[^.]{0,60}(?:henkilöstöltä|työntekijöiltä|hoitohenkilöstöltä)|från personalen|from (?:our )?staff",
                    SourceKind.STAFF.name()),
            Wording.of("väestötietojärjestelm|väestörekister|digi- ja väestötietoviraston|befolkningsdatasystem|population information system",
                    SourceKind.POPULATION_INFORMATION_SYSTEM.name()),
            Wording.of("(?:saadaan|tarkistetaan|päivitetään|kerätään|haetaan|hämtas|kontrolleras|obtained|checked)[^.]{0,40}(?:kaupparekister|ytj|yritys- ja yhteisötietojärjestelm|handelsregist|trade register)",
                    SourceKind.OTHER_PUBLIC_REGISTER.name()),
            Wording.of("luottotietorekister|luottotiedot tarkist|kreditupplysning|credit information", SourceKind.CREDIT_INFORMATION_REGISTER.name()),
            Wording.of("osoitepalvelu|osoitteenmuutospalvelu|adressuppdater|address update service", SourceKind.ADDRESS_UPDATE_SERVICE.name()),
            Wording.of("yhteistyökumppaneilta|kumppaneiltamme|från (?:våra )?samarbetspartner|from (?:our )?partners", SourceKind.PARTNER.name()));

    private SourceWordings() {
    }

    static List<String> sources(String sentence) {
        return Wording.values(WORDINGS, sentence);
    }
}
