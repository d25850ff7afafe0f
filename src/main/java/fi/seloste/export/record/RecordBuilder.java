package fi.seloste.export.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.Controller;
import fi.seloste.domain.Country;
import fi.seloste.domain.DataCategory;
import fi.seloste.domain.DataSource;
import fi.seloste.domain.DataSubjectGroup;
import fi.seloste.domain.Language;
import fi.seloste.domain.LegalBasis;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.ProcessingRole;
import fi.seloste.domain.Purpose;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.RetentionRule;
import fi.seloste.domain.Security;
import fi.seloste.domain.SecurityMeasure;
import fi.seloste.domain.SystemUse;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.domain.record.ProcessingRecord;
import fi.seloste.domain.record.ProcessorAgreement;
import fi.seloste.domain.record.RegisterRecord;
import fi.seloste.domain.record.RiskNote;
import fi.seloste.export.CatalogueNames;
import fi.seloste.export.NoticeMeta;

/** Builds a {@link RecordContent} from the notice and the record, item by item; see {@link RecordContent#of}. */
final class RecordBuilder {

    private final Notice notice;
    private final ProcessingRecord record;
    private final RecordWording w;
    private final NoticeMeta meta;

    RecordBuilder(Notice notice, ProcessingRecord record, Language language, NoticeMeta meta) {
        this.notice = notice;
        this.record = record;
        this.w = new RecordWording(language);
        this.meta = meta;
    }

    RecordContent build() {
        List<RecordRegister> registers = new ArrayList<>();
        for (Register register : notice.registers()) {
            registers.add(register(register, record.of(register.id())));
        }
        return new RecordContent(w.language(), title(), w.word("description"), w.word("intro"),
                w.word("controller.heading"), controller(), registers, w.word("column.part"), w.word("column.content"),
                footer(), meta.draft());
    }

    private String title() {
        String name = notice.controller().name().strip();
        return name.isEmpty() ? w.word("title") : w.word("title") + " – " + name;
    }

    /**
     * The day the record's content is as of: the export day of the working notice. A signed version is dated on its
     * sign-off day, which the record's own items (always as they are now) do not share, so it gets no date here; the
     * version's approval day is in the controller part.
     */
    private String footer() {
        return meta.date() == null || meta.signOff() != null ? "" : w.word("footer.asOf", w.date(meta.date()));
    }

    // The controller part, Art. 30(1)(a).

    private List<RecordItem> controller() {
        List<RecordItem> items = new ArrayList<>();
        Controller c = notice.controller();
        List<String> lines = new ArrayList<>();
        add(lines, c.name());
        if (!c.businessId().isBlank()) {
            lines.add(w.word("line.businessId", c.businessId().strip()));
        }
        contact(lines, c.address(), c.phone(), c.email(), c.website());
        item(items, "controller", w.word("item.controller"), lines);
        item(items, "contactPerson", w.word("item.contactPerson"), person(notice.contactPerson()));
        item(items, "jointControllers", w.word("item.jointControllers"), jointControllers());
        item(items, "representative", w.word("item.representative"), person(record.representative()));
        item(items, "dpo", w.word("item.dpo"), person(notice.dataProtectionOfficer()));
        item(items, "publishedNotice", w.word("item.publishedNotice"), published());
        return items;
    }

    /** Art. 30(1)(a): every joint controller a register names, among its recipients or its systems, once. */
    private List<String> jointControllers() {
        List<String> lines = new ArrayList<>();
        for (Register register : notice.registers()) {
            for (Recipient r : register.recipients()) {
                if (r.kind() == RecipientKind.JOINT_CONTROLLER) {
                    String name = CatalogueNames.name(r, w.language()).strip();
                    once(lines, name.isEmpty() ? w.owner(r.description()) : name, register);
                }
            }
            for (SystemUse s : notice.systemsOf(register)) {
                if (s.role() == ProcessingRole.JOINT_CONTROLLER) {
                    once(lines, party(s), register);
                }
            }
        }
        return lines;
    }

    private void once(List<String> lines, String who, Register register) {
        if (!who.isEmpty()) {
            String line = w.word("line.pair", who, registerName(register));
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
    }

    private List<String> published() {
        List<String> lines = new ArrayList<>();
        if (!record.publishedUrl().isBlank()) {
            lines.add(w.word("published.url", record.publishedUrl().strip()));
        }
        String place = w.owner(record.publishedPlace());
        if (!place.isEmpty()) {
            lines.add(w.word("published.place", place));
        }
        if (meta.version() != null) {
            lines.add(meta.signOff() != null
                    ? w.word("published.versionSigned", meta.version(), w.date(NoticeMeta.signed(meta.signOff()).date()))
                    : w.word("published.version", meta.version()));
        }
        return lines;
    }

    private List<String> person(Person person) {
        List<String> lines = new ArrayList<>();
        if (person == null) {
            return lines;
        }
        String name = person.name().strip();
        String title = w.owner(person.title()).strip();
        if (!name.isEmpty() && !title.isEmpty()) {
            lines.add(w.word("line.nameAndTitle", name, title));
        } else {
            add(lines, name.isEmpty() ? title : name);
        }
        contact(lines, person.address(), person.phone(), person.email(), "");
        return lines;
    }

    private void contact(List<String> lines, PostalAddress address, String phone, String email, String website) {
        String street = address.street().strip();
        String town = (address.postalCode().strip() + " " + address.town().strip()).strip();
        String full = street.isEmpty() ? town : town.isEmpty() ? street : street + ", " + town;
        if (!full.isEmpty()) {
            lines.add(w.word("line.address", full));
        }
        if (!phone.isBlank()) {
            lines.add(w.word("line.phone", phone.strip()));
        }
        if (!email.isBlank()) {
            lines.add(w.word("line.email", email.strip()));
        }
        if (!website.isBlank()) {
            lines.add(w.word("line.website", website.strip()));
        }
    }

    // One register, Art. 30(1)(b)-(g), then what the business keeps of its own.

    private RecordRegister register(Register register, RegisterRecord r) {
        List<RecordItem> items = new ArrayList<>();
        item(items, "purposes", w.word("item.purposes"), purposes(register));
        item(items, "legalBases", w.word("item.legalBases"), legalBases(register));
        item(items, "dataSubjects", w.word("item.dataSubjects"),
                register.dataSubjects().stream().map(DataSubjectGroup::label).map(w::owner).filter(s -> !s.isEmpty()).toList());
        item(items, "dataCategories", w.word("item.dataCategories"), dataCategories(register));
        item(items, "sources", w.word("item.sources"), sources(register));
        item(items, "recipients", w.word("item.recipients"), recipients(register));
        item(items, "transfers", w.word("item.transfers"), transfers(register, r));
        item(items, "retention", w.word("item.retention"), retention(register));
        item(items, "erasure", w.word("item.erasure"), text(w.owner(r.erasure())));
        item(items, "measures", w.word("item.measures"), measures(notice.security(), r));
        item(items, "systems", w.word("item.systems"), systems(register, r));
        item(items, "locations", w.word("item.locations"), text(w.owner(r.locations())));
        item(items, "dataFlows", w.word("item.dataFlows"), text(w.owner(r.dataFlows())));
        item(items, "feeds", w.word("item.feeds"), feeds(register, r));
        item(items, "accessRoles", w.word("item.accessRoles"), text(w.owner(r.accessRoles())));
        item(items, "responsible", w.word("item.responsible"), person(r.responsible()));
        item(items, "risk", w.word("item.risk"), risk(r.risk()));
        return new RecordRegister(register.id(), registerName(register), items);
    }

    private String registerName(Register register) {
        String name = w.owner(register.name());
        return name.isEmpty() ? w.word("register.unnamed") : name;
    }

    private List<String> purposes(Register register) {
        List<String> lines = new ArrayList<>();
        for (Purpose p : register.purposes()) {
            String description = w.owner(p.description());
            if (description.isEmpty()) {
                continue;
            }
            List<String> marks = new ArrayList<>();
            if (p.directMarketing()) {
                marks.add(w.word("purpose.directMarketing"));
            }
            if (p.tracksBehaviour()) {
                marks.add(w.word("purpose.profiling"));
            }
            lines.add(marks.isEmpty() ? description : w.word("line.marked", description, String.join(", ", marks)));
        }
        return lines;
    }

    private List<String> legalBases(Register register) {
        List<String> lines = new ArrayList<>();
        for (Purpose p : register.purposes()) {
            if (p.basis() == null) {
                continue;
            }
            String description = trimEnd(w.owner(p.description()));
            String basis = w.label(p.basis());
            String line = description.isEmpty() ? capitalise(basis) : w.word("line.pair", description, basis);
            // The interest the owner wrote is printed only with Art. 6(1)(f): text kept from an earlier choice of basis
            // would otherwise read as a second basis.
            String interest = p.basis() == LegalBasis.LEGITIMATE_INTERESTS ? w.owner(p.legitimateInterest()) : "";
            if (!interest.isEmpty()) {
                line = line + w.word("basis.legitimateInterest", interest);
            }
            lines.add(line);
        }
        return lines;
    }

    private List<String> dataCategories(Register register) {
        List<String> lines = new ArrayList<>();
        for (DataCategory c : register.dataCategories()) {
            String label = w.owner(c.label());
            if (label.isEmpty()) {
                continue;
            }
            if (c.optional()) {
                label = w.word("line.marked", label, w.word("data.optional"));
            }
            if (c.isSpecial()) {
                label = c.article9Condition() == null ? w.word("data.special", label)
                        : w.word("data.specialWithCondition", label, w.label(c.article9Condition()));
            }
            lines.add(label);
        }
        String reason = w.owner(register.identityCodeReason());
        if (register.processesIdentityCode() && !reason.isEmpty()) {
            lines.add(w.word("data.identityCode", reason));
        }
        return lines;
    }

    private List<String> sources(Register register) {
        List<String> lines = new ArrayList<>();
        for (DataSource s : register.sources()) {
            String description = w.owner(s.description());
            String kind = w.label(s.kind());
            lines.add(description.isEmpty() ? kind : w.word("line.pair", kind, description));
        }
        return lines;
    }

    /** Art. 30(1)(d): the recipients the owner listed, then the outside parties among the systems. */
    private List<String> recipients(Register register) {
        List<String> lines = new ArrayList<>();
        for (Recipient r : register.recipients()) {
            String name = CatalogueNames.name(r, w.language()).strip();
            String description = w.owner(r.description());
            String who = name.isEmpty() ? description : description.isEmpty() ? name : w.word("line.pair", name, description);
            if (!who.isEmpty()) {
                lines.add(w.word("line.dash", who, w.label(r.kind())));
            }
        }
        for (SystemUse s : notice.systemsOf(register)) {
            if (s.role().hasOutsideParty()) {
                String who = party(s);
                if (!who.isEmpty()) {
                    lines.add(s.role() == ProcessingRole.RECIPIENT ? who : w.word("line.dash", who, w.label(s.role())));
                }
            }
        }
        return lines;
    }

    /** A system's name with its vendor: "Vello (Vello Oy)". */
    private String party(SystemUse s) {
        String name = CatalogueNames.name(s, w.language()).strip();
        String vendor = CatalogueNames.vendor(s, w.language()).strip();
        if (name.isEmpty() || vendor.isEmpty() || name.equalsIgnoreCase(vendor)) {
            return name.isEmpty() ? vendor : name;
        }
        return w.word(vendor.contains("(") ? "line.listed" : "line.marked", name, vendor);
    }

    /**
     * Art. 30(1)(e): every transfer with its country and safeguard, then the documentation of the safeguards. A transfer
     * whose country is not given prints nothing, but it still means that "no transfers" is not true.
     */
    private List<String> transfers(Register register, RegisterRecord r) {
        List<String> lines = new ArrayList<>();
        for (SystemUse s : notice.systemsOf(register)) {
            for (Transfer t : countries(s.transfers())) {
                lines.add(w.word("transfers.line", party(s), transfer(t)));
            }
        }
        for (Recipient x : register.recipients()) {
            String name = CatalogueNames.name(x, w.language()).strip();
            String who = name.isEmpty() ? w.owner(x.description()) : name;
            for (Transfer t : countries(x.transfers())) {
                lines.add(who.isEmpty() ? capitalise(transfer(t)) : w.word("transfers.line", who, transfer(t)));
            }
        }
        if (lines.isEmpty() && register.transfersOutsideEea().isNo() && notice.allTransfers(register).findAny().isEmpty()) {
            lines.add(w.word("transfers.none"));
        }
        String documentation = w.owner(r.transferDocumentation());
        if (!documentation.isEmpty()) {
            lines.add(w.word("transfers.documentation", documentation));
        }
        return lines;
    }

    /** The transfers whose country the owner has given. */
    private static List<Transfer> countries(List<Transfer> transfers) {
        return Transfer.normalized(transfers).stream().filter(t -> !t.country().isBlank()).toList();
    }

    /** A country with its safeguard; a safeguard not chosen (NONE) is never printed, so only the country is. */
    private String transfer(Transfer t) {
        String country = Country.name(t.country(), w.language()).strip();
        return t.safeguard() == TransferSafeguard.NONE ? country
                : w.word("transfers.countrySafeguard", country, w.label(t.safeguard()));
    }

    private List<String> retention(Register register) {
        List<String> lines = new ArrayList<>();
        for (RetentionRule rule : register.retention()) {
            int years = rule.years() == null ? 0 : rule.years();
            String period = w.label(rule.criterion(), years).strip();
            String details = w.owner(rule.details());
            String how = period.isEmpty() ? details : details.isEmpty() ? alone(period) : joined(period, details);
            if (how.isEmpty()) {
                continue;
            }
            String appliesTo = w.owner(rule.appliesTo());
            lines.add(appliesTo.isEmpty() ? capitalise(how) : w.word("line.pair", capitalise(appliesTo), how));
        }
        return lines;
    }

    /** Art. 30(1)(g): the owner's general description, then the measures the notice lists, by kind. */
    private List<String> measures(Security security, RegisterRecord r) {
        List<String> lines = new ArrayList<>(text(w.owner(r.measures())));
        for (SecurityMeasure.Kind kind : SecurityMeasure.Kind.values()) {
            List<String> chosen = security.measures().stream().filter(m -> m.kind() == kind).map(w::label).toList();
            String own = w.owner(switch (kind) {
                case PAPER -> security.paperText();
                case ELECTRONIC -> security.electronicText();
                case ORGANISATIONAL -> security.organisationalText();
            });
            if (!chosen.isEmpty()) {
                lines.add(w.word("line.pair", w.label(kind), String.join(", ", chosen)));
            }
            if (!own.isEmpty()) {
                lines.add(chosen.isEmpty() ? w.word("line.pair", w.label(kind), own) : own);
            }
        }
        return lines;
    }

    /** Each system on a line: what it is used for, vendor, role, storage, transfers, privacy page, agreement. */
    private List<String> systems(Register register, RegisterRecord r) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < notice.systemsOf(register).size(); i++) {
            SystemUse s = notice.systemsOf(register).get(i);
            String name = CatalogueNames.name(s, w.language()).strip();
            List<String> parts = new ArrayList<>();
            String usedFor = trimEnd(w.owner(s.usedFor()));
            if (!usedFor.isEmpty()) {
                parts.add(w.word("system.usedFor", usedFor));
            }
            String vendor = CatalogueNames.vendor(s, w.language()).strip();
            if (!vendor.isEmpty()) {
                parts.add(w.word("system.vendor", vendor));
            }
            if (s.role() != ProcessingRole.RECIPIENT) {
                // RECIPIENT: an older Seloste's system whose role the owner has not said; nothing is printed for it.
                parts.add(w.word("system.role", w.label(s.role())));
            }
            String storage = CatalogueNames.storage(s, w.language()).strip();
            if (!storage.isEmpty()) {
                parts.add(w.word("system.storage", storage));
            }
            List<Transfer> transfers = countries(s.transfers());
            if (!transfers.isEmpty()) {
                parts.add(w.word("system.transfers", String.join("; ", transfers.stream().map(this::transfer).toList())));
            }
            if (!s.privacyUrl().isBlank()) {
                parts.add(w.word("system.privacyUrl", s.privacyUrl().strip()));
            }
            agreement(r.agreement(i)).ifPresent(parts::add);
            String details = String.join("; ", parts);
            lines.add(name.isEmpty() ? details : w.word("system.line", name, details));
        }
        return lines;
    }

    /** The data processing agreement, or nothing when the owner has not said. */
    private Optional<String> agreement(ProcessorAgreement a) {
        if (!a.signed().isAnswered()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        if (a.signed().isYes()) {
            parts.add(a.signedOn() == null ? w.word("agreement.signed") : w.word("agreement.signedOn", w.date(a.signedOn())));
            String kept = w.owner(a.keptAt());
            if (!kept.isEmpty()) {
                parts.add(w.word("agreement.keptAt", kept));
            }
        } else {
            parts.add(w.word("agreement.notSigned"));
        }
        return Optional.of(w.word("agreement.line", String.join(", ", parts)));
    }

    private List<String> feeds(Register register, RegisterRecord r) {
        List<String> lines = new ArrayList<>();
        for (long id : r.feeds()) {
            if (id == register.id()) {
                continue;
            }
            notice.registers().stream().filter(x -> x.id() == id).findFirst()
                    .map(this::registerName).filter(n -> !lines.contains(n)).ifPresent(lines::add);
        }
        return lines;
    }

    private List<String> risk(RiskNote risk) {
        List<String> lines = new ArrayList<>();
        if (risk.highRisk().isAnswered()) {
            lines.add(w.word("risk.highRisk", w.answer(risk.highRisk())));
        }
        if (risk.impactAssessmentNeeded().isAnswered()) {
            lines.add(w.word("risk.assessmentNeeded", w.answer(risk.impactAssessmentNeeded())));
        }
        if (risk.impactAssessmentDoneOn() != null) {
            lines.add(w.word("risk.assessmentDone", w.date(risk.impactAssessmentDoneOn())));
        }
        lines.addAll(text(w.owner(risk.note())));
        return lines;
    }

    // Helpers.

    /** A period and the owner's details: "asiakassuhteen ajan. Sen jälkeen…", "lain edellyttämän ajan: 12 vuotta…". */
    private String joined(String period, String details) {
        if (period.endsWith(":")) {
            return period + " " + details;
        }
        boolean sentence = Character.isUpperCase(details.codePointAt(0));
        return trimEnd(period) + (sentence ? ". " : "; ") + details;
    }

    /**
     * A period that introduces the owner's details ("lain edellyttämän ajan:", "…; tarve arvioidaan näin:") when she
     * wrote none: without its colon, and without the clause that promises the details.
     */
    private static String alone(String period) {
        if (!period.endsWith(":")) {
            return period;
        }
        String t = period.substring(0, period.length() - 1).strip();
        int clause = t.lastIndexOf(';');
        return clause < 0 ? t : t.substring(0, clause).strip();
    }

    /** Text without the full stop or semicolon it ends in, to go on in a longer line. */
    private static String trimEnd(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** The owner's text, a line per line she wrote, blank lines left out. */
    private static List<String> text(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void add(List<String> lines, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(value.strip());
        }
    }

    private void item(List<RecordItem> items, String key, String label, List<String> lines) {
        List<String> kept = lines.stream().filter(s -> s != null && !s.isBlank()).map(this::capitalise).toList();
        if (!kept.isEmpty()) {
            items.add(new RecordItem(key, label, kept));
        }
    }

    private String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(w.language().locale()) + s.substring(1);
    }
}
