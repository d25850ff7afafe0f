package fi.seloste.ui.wizard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import fi.seloste.domain.FromOldNotice;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.PlacedFieldKey;
import fi.seloste.domain.Register;
import fi.seloste.ui.I18n;

/**
 * Where the wizard shows each field a mark from an old notice is on: the id of its control (the ids the steps give
 * them), and its name for the review's list. A register's field is shown only while its register is the one chosen
 * (the registers step lists every register). An item of a list without a key of its own (a purpose, a data item) is
 * the one whose text is still the value placed, else the one at the place it was placed at.
 */
final class MarkPlaces {

    private MarkPlaces() {
    }

    /** The id of the control that shows the field, when the page for this register shows it at all. */
    static Optional<String> controlId(Notice notice, Long selectedRegisterId, FromOldNotice mark) {
        PlacedFieldKey key = mark.field();
        String plain = key.field().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!key.field().perRegister()) {
            return switch (key.field()) {
                case SECURITY_MEASURE -> Optional.of("security-" + dashed(key.item()));
                case SYSTEM -> index(notice.systems(), s -> key.item().equals(s.key())).map(i -> "system-" + i + "-name");
                case COOKIE_NAME -> cookie(notice, mark).map(i -> "cookie-" + i + "-name");
                case COOKIE_CATEGORY -> within(notice.cookies().inventory(), key.index()).map(i -> "cookie-" + i + "-category");
                case COOKIE_LIFETIME -> within(notice.cookies().inventory(), key.index()).map(i -> "cookie-" + i + "-lifetime");
                default -> Optional.of(plain);
            };
        }
        Optional<Register> found = notice.registers().stream().filter(r -> r.id() == key.registerId()).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Register register = found.get();
        if (key.field() == PlacedFieldKey.Field.REGISTER_NAME || key.field() == PlacedFieldKey.Field.REGISTER_DESCRIPTION) {
            int at = notice.registers().indexOf(register);
            return Optional.of("register-" + at + (key.field() == PlacedFieldKey.Field.REGISTER_NAME ? "-name" : "-description"));
        }
        if (selectedRegisterId == null || selectedRegisterId != register.id()) {
            return Optional.empty();
        }
        return switch (key.field()) {
            case PURPOSE_DESCRIPTION -> item(register.purposes(), p -> p.description(), mark).map(i -> "purpose-" + i + "-description");
            case PURPOSE_BASIS -> within(register.purposes(), key.index()).map(i -> "purpose-" + i + "-basis");
            case PROVISION_CONSEQUENCE -> Optional.of("provision-consequence");
            case DATA_SUBJECT -> item(register.dataSubjects(), g -> g.label(), mark).map(i -> DataStep.subjectControlId(register, i));
            case DATA_CATEGORY -> item(register.dataCategories(), c -> c.label(), mark).map(i -> DataStep.categoryControlId(register, i));
            case SOURCE -> register.sources().stream().anyMatch(s -> s.kind().name().equals(key.item()))
                    ? Optional.of("source-" + dashed(key.item())) : Optional.empty();
            case RECIPIENT -> within(register.recipients(), key.index()).map(i -> "recipient-" + i + "-name");
            case RECIPIENT_TRANSFER -> within(register.recipients(), key.index()).flatMap(i -> index(
                    register.recipients().get(i).transfers(), t -> mark.value().startsWith(t.country()))
                    .map(j -> "recipient-" + i + "-transfer-" + j + "-country"));
            case TRANSFERS_OUTSIDE_EEA -> Optional.of("recipients-transfers-outside-eea");
            case OTHER_DISCLOSURES -> Optional.of("recipients-other-disclosures");
            case RETENTION -> within(register.retention(), key.index()).map(i -> "retention-" + i + "-criterion");
            case AUTOMATED_DECISIONS -> Optional.of("automated-decisions");
            case PROFILING -> Optional.of("automated-profiling");
            default -> Optional.empty();
        };
    }

    /** Puts the focus in the field the mark is on, on the page just built, and scrolls the page to show it. */
    static void focus(javafx.scene.Node page, NoticeEditor editor, FromOldNotice mark) {
        if (page == null) {
            return;
        }
        controlId(editor.current(), editor.selectedRegisterId().get(), mark).map(id -> page.lookup("#" + id))
                .ifPresent(node -> {
                    ScrollIntoView.reveal(node);
                    node.requestFocus();
                });
    }

    /** The field's name as the wizard labels it, for the review's list. */
    static String name(PlacedFieldKey key, I18n i18n) {
        String label = switch (key.field()) {
            case CONTROLLER_NAME -> i18n.text("controller.name");
            case CONTROLLER_BUSINESS_ID -> i18n.text("controller.businessId");
            case CONTROLLER_STREET, CONTACT_STREET -> i18n.text("controller.street");
            case CONTROLLER_POSTAL_CODE, CONTACT_POSTAL_CODE -> i18n.text("controller.postalCode");
            case CONTROLLER_TOWN, CONTACT_TOWN -> i18n.text("controller.town");
            case CONTROLLER_EMAIL, CONTACT_EMAIL -> i18n.text("controller.email");
            case CONTROLLER_PHONE, CONTACT_PHONE -> i18n.text("controller.phone");
            case CONTROLLER_WEBSITE -> i18n.text("controller.website");
            case CONTACT_NAME -> i18n.text("contact.name");
            case CONTACT_TITLE -> i18n.text("contact.title");
            case DPO_NAME -> i18n.text("contact.dpo.title") + ": " + i18n.text("contact.name");
            case DPO_EMAIL -> i18n.text("contact.dpo.title") + ": " + i18n.text("controller.email");
            case DPO_PHONE -> i18n.text("contact.dpo.title") + ": " + i18n.text("controller.phone");
            case REGISTER_NAME -> i18n.text("registers.name");
            case REGISTER_DESCRIPTION -> i18n.text("registers.description");
            case PURPOSE_DESCRIPTION -> i18n.text("purposes.description");
            case PURPOSE_BASIS -> i18n.text("purposes.basis");
            case PROVISION_CONSEQUENCE -> i18n.text("purposes.provision.consequence");
            case DATA_SUBJECT -> i18n.text("data.subjects");
            case DATA_CATEGORY -> i18n.text("data.categories");
            case SOURCE -> enumLabel(i18n, "SourceKind", key.item(), "step.SOURCES");
            case SYSTEM -> i18n.text("systems.name");
            case RECIPIENT -> i18n.text("recipients.name");
            case RECIPIENT_TRANSFER -> i18n.text("transfer.country");
            case TRANSFERS_OUTSIDE_EEA -> i18n.text("recipients.transfersOutsideEea");
            case OTHER_DISCLOSURES -> i18n.text("recipients.otherDisclosures");
            case RETENTION -> i18n.text("retention.criterion");
            case SECURITY_MEASURE -> enumLabel(i18n, "SecurityMeasure", key.item(), "step.SECURITY");
            case SECURITY_PAPER_TEXT -> i18n.text("security.paperText");
            case SECURITY_ELECTRONIC_TEXT -> i18n.text("security.electronicText");
            case SECURITY_ORGANISATIONAL_TEXT -> i18n.text("security.organisationalText");
            case COOKIES_USED -> i18n.text("cookies.used");
            case COOKIES_DESCRIPTION -> i18n.text("cookies.description");
            case COOKIE_NAME -> i18n.text("cookies.name");
            case COOKIE_CATEGORY -> i18n.text("cookies.category");
            case COOKIE_LIFETIME -> i18n.text("cookies.lifetime");
            case AUTOMATED_DECISIONS -> i18n.text("automated.decisions");
            case PROFILING -> i18n.text("automated.profiling");
            case RIGHTS_INSTRUCTIONS -> i18n.text("rights.instructions");
        };
        return label;
    }

    private static String enumLabel(I18n i18n, String type, String name, String otherwise) {
        String key = "enum." + type + "." + name;
        return i18n.has(key) ? i18n.text(key) : i18n.text(otherwise);
    }

    /** The cookie whose name is still the value placed, else the one at the mark's place. */
    private static Optional<Integer> cookie(Notice notice, FromOldNotice mark) {
        return index(notice.cookies().inventory(), c -> c.name().equals(mark.value()))
                .or(() -> within(notice.cookies().inventory(), mark.field().index()));
    }

    /** The item whose text in any language is still the value placed, else the one at the mark's place. */
    private static <T> Optional<Integer> item(List<T> items, Function<T, LocalizedText> text, FromOldNotice mark) {
        String value = mark.value().strip();
        if (!value.isEmpty()) {
            Optional<Integer> same = index(items, item -> {
                LocalizedText t = text.apply(item);
                return value.equals(t.fi().strip()) || value.equals(t.sv().strip()) || value.equals(t.en().strip());
            });
            if (same.isPresent()) {
                return same;
            }
        }
        return within(items, mark.field().index());
    }

    private static <T> Optional<Integer> index(List<T> items, java.util.function.Predicate<T> test) {
        for (int i = 0; i < items.size(); i++) {
            if (test.test(items.get(i))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> within(List<?> items, int index) {
        return index >= 0 && index < items.size() ? Optional.of(index) : Optional.empty();
    }

    private static String dashed(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

}
