package fi.seloste.oldnotice;

import fi.seloste.domain.SecurityMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The usual wordings of security measures (Art. 32). Unmistakable ones count wherever they stand; those that might
 * mean something else (a password, access rights) only under the security heading; a locked room only when the
 * sentence is about paper, since a locked server room is the hosting company's, not the owner's paper records'.
 */
final class SecurityWordings {

    private static final List<Wording> ANYWHERE = List.of(
            Wording.of("palomuu?r|brandvägg|firewall", SecurityMeasure.FIREWALL.name()),
            Wording.of("varmuuskopi|säkerhetskopi|backup", SecurityMeasure.BACKUPS.name()),
            Wording.of("vaitiolovelvolli|salassapitosopimu|salassapitovelvolli|tystnadsplikt|sekretessförbindelse|confidentiality (?:obligation|agreement)",
                    SecurityMeasure.CONFIDENTIALITY_OBLIGATION.name()),
            Wording.of("lukitu\\p{L}* (?:kaap|laatik)|lukittav\\p{L}* (?:kaap|laatik)|lukollise\\p{L}* (?:kaap|laatik)|låst skåp|låsta skåp|låst låda|locked (?:cabinet|drawer)",
                    SecurityMeasure.LOCKED_CABINET.name()),
            Wording.of("silppu|makuloi|strimla|strimling|shredd", SecurityMeasure.SHREDDING.name()),
            Wording.of("kaksivaihei|kaksiosai|monivaihei|vahva tunnistau|tvåfaktor|two-factor|multi-factor|\\b2fa\\b|\\bmfa\\b",
                    SecurityMeasure.STRONG_AUTHENTICATION.name()),
            Wording.of("\\bssl\\b|\\btls\\b|https-yhte|salattu(?:ja|jen)? yhteyk|salatun yhteyden|salattuja yhteyksiä|krypterad(?:e)? anslutning|encrypted connection",
                    SecurityMeasure.ENCRYPTION_IN_TRANSIT.name()),
            Wording.of("suojaohjelm|virustorju|haittaohjelm|tietoturvapäivity|ohjelmistopäivity|antivirus|malware|virusskydd",
                    SecurityMeasure.UPDATES_AND_MALWARE_PROTECTION.name()),
            Wording.of("ei säilytetä paperi|ei ole paperi|paperisia \\p{L}+ ei ole|inga pappersuppgifter|no paper records", SecurityMeasure.NO_PAPER_RECORDS.name()));

    private static final List<Wording> UNDER_THE_HEADING = List.of(
            Wording.of("salasan|käyttäjätunnu|henkilökohtais\\p{L}* tunnuks|omilla tunnuksil|kirjautu|lösenord|password|\\blog ?in", SecurityMeasure.PERSONAL_ACCOUNTS.name()),
            Wording.of("(?:riittävät|tarvittavat) (?:käyttö)?oikeudet|käyttöoikeu|vain [\\p{L}]+(?:n|lla|llä)? käytettävissä|behörighet|access rights"
                            // "pääsevät vain sihteeri ja rahastonhoitaja", not "pääsee vain henkilökohtaisella tunnuksella" (how, not who)
                            + "|(?:pääsee|pääsevät|on pääsy) vain (?!\\p{L}+(?:lla|llä)\\b)|(?:endast|bara) [^.]{0,60}har tillgång|\\bonly [^.]{0,60}ha(?:ve|s) access",
                    SecurityMeasure.ACCESS_RIGHTS_BY_ROLE.name()),
            Wording.of("tiedot (?:on )?salat|salattu(?:na|ina)? tallen|tallennetaan salattu|krypterad lagring|encrypted at rest|encrypted storage",
                    SecurityMeasure.ENCRYPTION_AT_REST.name()),
            Wording.of("käyttö (?:kirjataan|lokitetaan)|käyttölok|loggas|access log", SecurityMeasure.ACCESS_LOGGING.name()));

    private static final Pattern LOCKED_ROOM = Pattern.compile(
            "(?iU)lukitu\\p{L}* (?:ja \\p{L}+ )?til|(?<!\\p{L})til[ao]\\p{L}*,? jotka (?:\\p{L}+ ){0,2}lukit\\p{L}*|låsta? (?:utrymme|rum)|locked (?:room|premises)");
    private static final Pattern PAPER = Pattern.compile("(?iU)paperi|asiakirj|manuaali|papper|paper|kansio|pärm");

    /** "Tiedot salataan tiedonsiirron aikana": encrypted on the way, not where they are kept. */
    private static final Pattern IN_TRANSIT = Pattern.compile("(?iU)siirro|siirrettä|siirrossa|yhtey|transit|överför|anslutning|transfer");
    private static final Pattern STORED_ENCRYPTED = Pattern.compile("(?iU)salattu(?:na|ina)? tallen|tallennetaan salattu|krypterad lagring|encrypted at rest|encrypted storage");
    /** "yhteisellä salasanalla": one password for all is the opposite of personal accounts. */
    private static final Pattern SHARED = Pattern.compile("(?iU)yhtei(?:nen|sellä|sen|stä|set|siä|sillä)|gemensam|shared|common (?:password|account)");

    private SecurityWordings() {
    }

    static List<String> measures(String sentence, boolean underTheHeading) {
        List<String> measures = new ArrayList<>(Wording.values(ANYWHERE, sentence));
        if (underTheHeading) {
            for (String measure : Wording.values(UNDER_THE_HEADING, sentence)) {
                if (measure.equals(SecurityMeasure.ENCRYPTION_AT_REST.name()) && IN_TRANSIT.matcher(sentence).find()
                        && !STORED_ENCRYPTED.matcher(sentence).find()) {
                    measures.add(SecurityMeasure.ENCRYPTION_IN_TRANSIT.name());
                } else if (!(measure.equals(SecurityMeasure.PERSONAL_ACCOUNTS.name()) && SHARED.matcher(sentence).find())) {
                    measures.add(measure);
                }
            }
        }
        if (LOCKED_ROOM.matcher(sentence).find() && PAPER.matcher(sentence).find()) {
            measures.add(SecurityMeasure.LOCKED_PREMISES.name());
        }
        return measures.stream().distinct().toList();
    }
}
