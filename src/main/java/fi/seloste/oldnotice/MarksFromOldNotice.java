package fi.seloste.oldnotice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fi.seloste.catalogue.CatalogueSystem;
import fi.seloste.catalogue.Catalogues;
import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.PlacedFieldKey.Field;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

/**
 * Where each value the draft took from the old notice went ({@link DraftFromOldNotice}), so that the wizard can mark
 * it "from your old notice — check" until the owner confirms it. One mark a value placed, with its sentence; a value
 * the draft did not use (a second name for a field that holds one) gets none, and nothing else is marked.
 */
public final class MarksFromOldNotice {

    private static final Map<FactField, Field> SINGLE = Map.ofEntries(
            Map.entry(FactField.CONTROLLER_NAME, Field.CONTROLLER_NAME),
            Map.entry(FactField.CONTROLLER_BUSINESS_ID, Field.CONTROLLER_BUSINESS_ID),
            Map.entry(FactField.CONTROLLER_STREET, Field.CONTROLLER_STREET),
            Map.entry(FactField.CONTROLLER_POSTAL_CODE, Field.CONTROLLER_POSTAL_CODE),
            Map.entry(FactField.CONTROLLER_TOWN, Field.CONTROLLER_TOWN),
            Map.entry(FactField.CONTROLLER_EMAIL, Field.CONTROLLER_EMAIL),
            Map.entry(FactField.CONTROLLER_PHONE, Field.CONTROLLER_PHONE),
            Map.entry(FactField.CONTROLLER_WEBSITE, Field.CONTROLLER_WEBSITE),
            Map.entry(FactField.CONTACT_NAME, Field.CONTACT_NAME),
            Map.entry(FactField.CONTACT_ROLE, Field.CONTACT_TITLE),
            Map.entry(FactField.CONTACT_EMAIL, Field.CONTACT_EMAIL),
            Map.entry(FactField.CONTACT_PHONE, Field.CONTACT_PHONE),
            Map.entry(FactField.CONTACT_STREET, Field.CONTACT_STREET),
            Map.entry(FactField.CONTACT_POSTAL_CODE, Field.CONTACT_POSTAL_CODE),
            Map.entry(FactField.CONTACT_TOWN, Field.CONTACT_TOWN),
            Map.entry(FactField.DPO_NAME, Field.DPO_NAME),
            Map.entry(FactField.DPO_EMAIL, Field.DPO_EMAIL),
            Map.entry(FactField.DPO_PHONE, Field.DPO_PHONE),
            Map.entry(FactField.COOKIES_USED, Field.COOKIES_USED));
    private static final Map<FactField, Field> SINGLE_OF_REGISTER = Map.of(
            FactField.REGISTER_NAME, Field.REGISTER_NAME,
            FactField.TRANSFERS_OUTSIDE_EEA, Field.TRANSFERS_OUTSIDE_EEA,
            FactField.OTHER_DISCLOSURES, Field.OTHER_DISCLOSURES,
            FactField.AUTOMATED_DECISIONS, Field.AUTOMATED_DECISIONS,
            FactField.PROFILING, Field.PROFILING);

    private MarksFromOldNotice() {
    }

    /** The marks of the draft {@link DraftFromOldNotice#draft} made of this reading. */
    public static List<FromOldNotice> of(OldNoticeReading reading, Notice draft) {
        List<FromOldNotice> marks = new ArrayList<>();
        for (FactField fact : FactField.values()) {
            Field business = SINGLE.get(fact);
            if (business != null) {
                reading.placed(fact).stream().findFirst().ifPresent(f -> marks.add(new FromOldNotice(
                        PlacedFieldKey.of(business), f.value(), f.sentence())));
            }
        }
        for (int place = 0; place < reading.registers(); place++) {
            ofRegister(reading.ofRegister(place), draft, DraftFromOldNotice.registerId(place), marks);
        }
        reading.placed(FactField.SECURITY_MEASURE).forEach(f -> marks.add(new FromOldNotice(
                PlacedFieldKey.of(Field.SECURITY_MEASURE, f.value()), f.value(), f.sentence())));
        cookies(reading, marks);
        return List.copyOf(marks.stream().filter(onePerSystem()).toList());
    }

    /** A system named in two registers' parts is one system, marked once (with the sentence that named it first). */
    private static java.util.function.Predicate<FromOldNotice> onePerSystem() {
        Set<PlacedFieldKey> seen = new java.util.HashSet<>();
        return m -> m.field().field() != Field.SYSTEM || seen.add(m.field());
    }

    /** The marks of one register's values, read from its part. */
    private static void ofRegister(OldNoticeReading reading, Notice draft, long register, List<FromOldNotice> marks) {
        for (FactField fact : FactField.values()) {
            Field ofRegister = SINGLE_OF_REGISTER.get(fact);
            if (ofRegister != null) {
                reading.placed(fact).stream().findFirst().ifPresent(f -> marks.add(new FromOldNotice(
                        PlacedFieldKey.ofRegister(ofRegister, register), f.value(), f.sentence())));
            }
        }
        purposes(reading, draft, register, marks);
        listed(reading.placed(FactField.DATA_SUBJECT), Field.DATA_SUBJECT, register, marks);
        listed(reading.placed(FactField.DATA_CATEGORY), Field.DATA_CATEGORY, register, marks);
        listed(reading.placed(FactField.RETENTION), Field.RETENTION, register, marks);
        reading.placed(FactField.SOURCE).forEach(f -> marks.add(new FromOldNotice(
                PlacedFieldKey.ofRegister(Field.SOURCE, register, f.value()), f.value(), f.sentence())));
        List<PlacedFact> recipients = reading.placed(FactField.RECIPIENT);
        listed(recipients, Field.RECIPIENT, register, marks);
        for (int i = 0; i < recipients.size(); i++) {
            String name = recipients.get(i).value();
            for (PlacedFact transfer : reading.placed(FactField.RECIPIENT_TRANSFER)) {
                if (transfer.value().startsWith(name + "|")) {
                    marks.add(new FromOldNotice(PlacedFieldKey.ofRegister(Field.RECIPIENT_TRANSFER, register, Integer.toString(i)),
                            transfer.value().substring(name.length() + 1), transfer.sentence()));
                }
            }
        }
        systems(reading, draft, register, recipients.size(), marks);
    }

    private static void listed(List<PlacedFact> facts, Field field, long register, List<FromOldNotice> marks) {
        for (int i = 0; i < facts.size(); i++) {
            PlacedFact f = facts.get(i);
            marks.add(new FromOldNotice(PlacedFieldKey.ofRegister(field, register, Integer.toString(i)), f.value(), f.sentence()));
        }
    }

    /** Each purpose's words, and the basis the draft gave it with the sentence that named that basis. */
    private static void purposes(OldNoticeReading reading, Notice draft, long register, List<FromOldNotice> marks) {
        List<PlacedFact> described = reading.placed(FactField.PURPOSE);
        List<PlacedFact> bases = reading.placed(FactField.LEGAL_BASIS);
        List<Purpose> purposes = draft.registers().stream().filter(r -> r.id() == register).findFirst()
                .map(Register::purposes).orElse(List.of());
        listed(described, Field.PURPOSE_DESCRIPTION, register, marks);
        for (int i = 0; i < purposes.size(); i++) {
            Purpose purpose = purposes.get(i);
            if (purpose.basis() == null) {
                continue;
            }
            String basis = purpose.basis().name();
            String ownSentence = i < described.size() ? described.get(i).sentence() : null;
            Optional<PlacedFact> own = bases.stream()
                    .filter(b -> b.value().equals(basis) && b.sentence().equals(ownSentence)).findFirst();
            Optional<PlacedFact> named = own.or(() -> bases.stream().filter(b -> b.value().equals(basis)).findFirst());
            String sentence = named.map(PlacedFact::sentence).orElse(ownSentence == null ? "" : ownSentence);
            marks.add(new FromOldNotice(PlacedFieldKey.ofRegister(Field.PURPOSE_BASIS, register, Integer.toString(i)),
                    basis, sentence));
        }
    }

    /** A system by its key in the draft; a statutory recipient the catalogue lists among systems by its place. */
    private static void systems(OldNoticeReading reading, Notice draft, long register, int namedRecipients,
                                List<FromOldNotice> marks) {
        int recipient = namedRecipients;
        for (PlacedFact fact : reading.placed(FactField.SYSTEM)) {
            Optional<CatalogueSystem> entry = Catalogues.system(fact.value());
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.get().statutory()) {
                marks.add(new FromOldNotice(PlacedFieldKey.ofRegister(Field.RECIPIENT, register, Integer.toString(recipient++)),
                        fact.value(), fact.sentence()));
            } else {
                draft.systems().stream().filter(s -> fact.value().equals(s.catalogId())).map(SystemUse::key).findFirst()
                        .ifPresent(key -> marks.add(new FromOldNotice(PlacedFieldKey.of(Field.SYSTEM, key), fact.value(),
                                fact.sentence())));
            }
        }
    }

    /** Each cookie row by its place: its name, and the category and lifetime the text gave it. */
    private static void cookies(OldNoticeReading reading, List<FromOldNotice> marks) {
        List<PlacedFact> cookies = reading.placed(FactField.COOKIE);
        for (int i = 0; i < cookies.size(); i++) {
            PlacedFact cookie = cookies.get(i);
            String item = Integer.toString(i);
            marks.add(new FromOldNotice(PlacedFieldKey.of(Field.COOKIE_NAME, item), cookie.value(), cookie.sentence()));
            detail(reading, FactField.COOKIE_CATEGORY, cookie.value()).ifPresent(f -> marks.add(new FromOldNotice(
                    PlacedFieldKey.of(Field.COOKIE_CATEGORY, item), f.value().substring(cookie.value().length() + 1), f.sentence())));
            detail(reading, FactField.COOKIE_LIFETIME, cookie.value()).ifPresent(f -> marks.add(new FromOldNotice(
                    PlacedFieldKey.of(Field.COOKIE_LIFETIME, item), f.value().substring(cookie.value().length() + 1), f.sentence())));
        }
    }

    private static Optional<PlacedFact> detail(OldNoticeReading reading, FactField field, String name) {
        return reading.placed(field).stream().filter(f -> f.value().startsWith(name + "|")).findFirst();
    }
}
