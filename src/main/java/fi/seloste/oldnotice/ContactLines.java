package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The lines of the controller's or a contact person's block: name, Y-tunnus, street, postal code and town, email,
 * phone, website and role, each only where the line says it.
 */
final class ContactLines {

    /** The fields one kind of block fills. */
    record Fields(FactField name, FactField businessId, FactField street, FactField postalCode, FactField town,
                  FactField email, FactField phone, FactField website, FactField role) {
    }

    static final Fields CONTROLLER = new Fields(FactField.CONTROLLER_NAME, FactField.CONTROLLER_BUSINESS_ID,
            FactField.CONTROLLER_STREET, FactField.CONTROLLER_POSTAL_CODE, FactField.CONTROLLER_TOWN,
            FactField.CONTROLLER_EMAIL, FactField.CONTROLLER_PHONE, FactField.CONTROLLER_WEBSITE, null);
    static final Fields CONTACT = new Fields(FactField.CONTACT_NAME, null, FactField.CONTACT_STREET,
            FactField.CONTACT_POSTAL_CODE, FactField.CONTACT_TOWN, FactField.CONTACT_EMAIL, FactField.CONTACT_PHONE,
            null, FactField.CONTACT_ROLE);
    static final Fields OFFICER = new Fields(FactField.DPO_NAME, null, null, null, null, FactField.DPO_EMAIL,
            FactField.DPO_PHONE, null, null);

    /** What the line holds; invalidBusinessId is set when it holds a Y-tunnus with a wrong check digit. */
    record Result(List<PlacedFact> facts, boolean invalidBusinessId) {
    }

    private ContactLines() {
    }

    static Result read(String line, String sentence, Fields fields, boolean nameAllowed) {
        List<PlacedFact> facts = new ArrayList<>();
        // "Hieronta Kaarna Y-3187462-4": the Y-tunnus written with its letter.
        String rest = CALLED.matcher(Y_PREFIXED.matcher(line).replaceAll("Y-tunnus ")).replaceAll("");
        boolean roleLabel = ContactPatterns.ROLE_LABEL.matcher(rest).find();
        Matcher label = ContactPatterns.FIELD_LABEL.matcher(rest);
        boolean labelled = label.find();
        String labelText = labelled ? label.group().toLowerCase(Locale.ROOT) : "";
        if (labelled) {
            rest = rest.substring(label.end());
        }
        if (roleLabel && fields.role() != null) {
            facts.add(new PlacedFact(fields.role(), trimPunctuation(rest), sentence));
            return new Result(facts, false);
        }
        rest = take(ContactPatterns.EMAIL, rest, fields.email(), sentence, facts, true);
        rest = take(ContactPatterns.WEBSITE, rest, fields.website(), sentence, facts, false);
        boolean invalidId = false;
        Matcher id = ContactPatterns.BUSINESS_ID.matcher(rest);
        if (id.find()) {
            var canonical = fi.seloste.domain.BusinessId.canonical(id.group());
            if (canonical.isPresent() && fields.businessId() != null) {
                facts.add(new PlacedFact(fields.businessId(), canonical.get(), sentence));
            } else if (canonical.isEmpty()) {
                invalidId = true;
            }
            rest = rest.substring(0, id.start()) + " " + rest.substring(id.end());
            rest = rest.replaceAll("(?iU)\\(?\\b(?:y-tunnus|ly-tunnus|y-tun\\.?|fo-nummer|business id)\\s*:?\\s*\\)?", " ");
        }
        rest = takePhones(rest, fields.phone(), sentence, facts);
        Matcher postal = ContactPatterns.POSTAL.matcher(rest);
        if (!postal.find() && isAddressLabel(labelText)) {
            // "Osoite: Haukkakuja 4 08350 lohja": after the address label, a town in small letters is still the town.
            postal = ContactPatterns.POSTAL_ANY_CASE.matcher(rest);
        } else {
            postal.reset();
        }
        if (postal.find()) {
            add(facts, fields.postalCode(), postal.group(1), sentence);
            add(facts, fields.town(), postal.group(2), sentence);
            rest = rest.substring(0, postal.start()) + " " + rest.substring(postal.end());
        }
        String remaining = trimPunctuation(rest.replaceAll("(?iU)\\b(?:puh|tel|p)\\.?\\s*$", ""));
        boolean postalFound = facts.stream().anyMatch(f -> f.field() == fields.postalCode() && f.field() != null);
        // "Ekenäs Bokföringsservice Ab, Gustaf Wasas gata 5 B, 10600 Ekenäs, Telefon 019…": a name and a street between commas.
        List<String> parts = java.util.Arrays.stream(PARTS.split(remaining)).map(ContactLines::trimPunctuation)
                .filter(p -> !p.isEmpty() && !LABEL_ONLY.matcher(p).matches()).toList();
        java.util.Optional<String> streetPart = parts.size() < 2 ? java.util.Optional.empty()
                : parts.stream().filter(p -> ContactPatterns.STREET.matcher(p).matches()).findFirst();
        if (streetPart.isPresent()) {
            add(facts, fields.street(), streetPart.get(), sentence);
            remaining = String.join(", ", parts.stream().filter(p -> !p.equals(streetPart.get())).toList());
        }
        Matcher street = ContactPatterns.STREET.matcher(remaining);
        if (streetPart.isEmpty() && street.find() && (street.end() == remaining.length() || isAddressLabel(labelText) || postalFound)) {
            add(facts, fields.street(), street.group().strip(), sentence);
            remaining = trimPunctuation(remaining.substring(street.end()));
        }
        boolean sentenceLine = line.strip().endsWith(".") && VERB.matcher(line).find();
        if (!remaining.isEmpty() && nameAllowed && !sentenceLine && (!labelled || isNameLabel(labelText)) && looksLikeName(remaining)) {
            int comma = remaining.indexOf(", ");
            Matcher roleThenName = ROLE_THEN_NAME.matcher(remaining);
            if (fields.role() != null && roleThenName.matches()) {
                // "Koulutettu hieroja Tuomas Rinne": the title in small letters, then the name.
                add(facts, fields.role(), roleThenName.group(1), sentence);
                add(facts, fields.name(), roleThenName.group(2), sentence);
            } else if (fields.role() != null && comma > 0 && ContactPatterns.PERSON_NAME.matcher(remaining.substring(0, comma)).matches()) {
                add(facts, fields.name(), remaining.substring(0, comma), sentence);
                add(facts, fields.role(), trimPunctuation(remaining.substring(comma + 2)), sentence);
            } else if (fields.role() == null || ContactPatterns.PERSON_NAME.matcher(remaining).matches()) {
                add(facts, fields.name(), remaining, sentence);
            } else if (!labelled && looksLikeRole(remaining)) {
                // "Yhdistyksen sihteeri", "Verkstadschef" on a line of its own in the contact's block: no name, a title.
                add(facts, fields.role(), remaining, sentence);
            }
        }
        return new Result(facts, invalidId);
    }

    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile("\\s*(?:[,;]|\\.(?:\\s|$))\\s*");
    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile(
            "(?iU)(?:e-postadress|e-post|e-?mail|sähköposti(?:osoite)?|s-posti|telefon|telefax|fax|faksi|puh(?:elin)?|tel|phone|gsm)\\s*:?");
    private static final java.util.regex.Pattern ROLE_THEN_NAME = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+(?:\\s\\p{Ll}+){1,2})\\s(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+){1,2})");
    /** "(myöhemmin Yritys)", "(jäljempänä Yhdistys)": what the notice calls the business, not its name. */
    private static final java.util.regex.Pattern CALLED = java.util.regex.Pattern.compile(
            "(?iU)\\s*[(\\[](?:myöhemmin|jäljempänä|jatkossa|nedan|hädanefter|hereinafter|later)\\b[^)\\]]*[)\\]]");
    private static final java.util.regex.Pattern Y_PREFIXED = java.util.regex.Pattern.compile("(?<![\\p{L}\\d-])[Yy]-(?=\\d{6,7}-\\d(?![\\d-]))");
    private static final java.util.regex.Pattern VERB = java.util.regex.Pattern.compile(
            "(?iU)\\b(?:on|ovat|ei|voi|hoitaa|vastaa|är|sköter|is|are|\\p{L}+(?:taan|tään))\\b");

    /** "Rekisterinpitäjän yhteyshenkilö tietosuoja-asioissa on (toiminnanjohtaja) Saara Vihervaara.": the contact named in a sentence. */
    private static final java.util.regex.Pattern CONTACT_IS = java.util.regex.Pattern.compile(
            "(?U)\\b(?i:yhteyshenkilö\\p{L}*|kontaktperson\\p{L}*|contact person)\\b[^.]{0,60}?\\s(?:on|toimii|är|is)\\s+"
                    + "((?:\\p{Ll}+\\s+){0,2}?)(\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+){1,2})\\s*\\.?$");

    static List<PlacedFact> contactNamedIn(String sentence) {
        Matcher m = CONTACT_IS.matcher(sentence.strip());
        if (!m.find()) {
            return List.of();
        }
        List<PlacedFact> facts = new ArrayList<>();
        add(facts, FactField.CONTACT_ROLE, m.group(1), sentence);
        add(facts, FactField.CONTACT_NAME, m.group(2), sentence);
        return facts;
    }

    private static boolean looksLikeRole(String text) {
        return text.split("\\s+").length <= 4 && !text.matches("(?s).*[\\d@,;:/].*") && !VERB.matcher(text).find();
    }

    private static boolean looksLikeName(String text) {
        return text.length() <= 80 && text.split("\\s+").length <= 8 && !text.contains(". ") && !text.endsWith(".")
                && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
    }

    private static boolean isNameLabel(String label) {
        return label.matches("(?s)(nimi|namn|name|yritys|yrityksen nimi|toiminimi|company|yhteyshenkilö|rekisterin yhteyshenkilö|kontaktperson|contact person|rekisterinpitäjä|personuppgiftsansvarig|controller).*");
    }

    private static boolean isAddressLabel(String label) {
        return label.matches("(?s)(osoite|postiosoite|käyntiosoite|katuosoite|adress|address|postal address).*");
    }

    private static String take(java.util.regex.Pattern pattern, String text, FactField field, String sentence,
                               List<PlacedFact> facts, boolean email) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String value = email ? ContactPatterns.email(m.group()) : trimPunctuation(m.group());
            if (!ContactPatterns.isAuthority(value)) {
                add(facts, field, value, sentence);
            }
            rest.append(text, from, m.start()).append(' ');
            from = m.end();
        }
        return rest.append(text.substring(from)).toString();
    }

    private static String takePhones(String text, FactField field, String sentence, List<PlacedFact> facts) {
        Matcher m = ContactPatterns.PHONE.matcher(text);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (m.find()) {
            int digits = ContactPatterns.digits(m.group());
            if (digits < 7 || digits > 13 || ContactPatterns.isAuthority(m.group())) {
                continue;
            }
            add(facts, field, m.group().strip(), sentence);
            rest.append(text, from, m.start()).append(' ');
            from = m.end();
        }
        return rest.append(text.substring(from)).toString();
    }

    private static void add(List<PlacedFact> facts, FactField field, String value, String sentence) {
        if (field != null && !value.isBlank()) {
            facts.add(new PlacedFact(field, value.strip(), sentence));
        }
    }

    static String trimPunctuation(String text) {
        String t = text.strip().replaceAll("\\s{2,}", " ");
        while (!t.isEmpty() && ",;:.–-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && ",;:–".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
