package fi.seloste.domain.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fi.seloste.domain.Controller;
import fi.seloste.domain.CookieEntry;
import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeStep;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Register;
import fi.seloste.domain.SystemUse;

/**
 * Everything the owner typed that the notice prints, in every language, by the step where she typed it: her texts
 * ({@link OwnerTexts}, each with a field per language) and the names, addresses and numbers typed once for all
 * languages (a business or system name, an address, a phone number), which are the same in every language.
 */
final class PrintedTexts {

    private final Map<NoticeStep, List<String>> byStep = new EnumMap<>(NoticeStep.class);

    private PrintedTexts() {
    }

    static Map<NoticeStep, List<String>> byStep(Notice notice) {
        PrintedTexts texts = new PrintedTexts();
        OwnerTexts.byStep(notice).forEach((step, localized) -> localized.forEach(text -> texts.add(step, text)));
        texts.addController(notice.controller());
        texts.addPerson(notice.contactPerson());
        texts.addPerson(notice.dataProtectionOfficer());
        for (SystemUse system : notice.systems()) {
            texts.add(NoticeStep.SYSTEMS, system.name(), system.vendor());
        }
        if (notice.cookies().used().isYes()) {
            for (CookieEntry cookie : notice.cookies().inventory()) {
                texts.add(NoticeStep.COOKIES_AND_AUTOMATION, cookie.name(), cookie.provider());
            }
        }
        return texts.byStep;
    }

    private void addController(Controller controller) {
        add(NoticeStep.CONTROLLER, controller.name(), controller.businessId(), controller.phone(), controller.email(),
                controller.website());
        addAddress(NoticeStep.CONTROLLER, controller.address());
    }

    private void addPerson(Person person) {
        if (person != null) {
            add(NoticeStep.CONTACT, person.name(), person.email(), person.phone());
            addAddress(NoticeStep.CONTACT, person.address());
        }
    }

    private void addAddress(NoticeStep step, PostalAddress address) {
        add(step, address.street(), address.postalCode(), address.town());
    }

    private void add(NoticeStep step, LocalizedText text) {
        add(step, Stream.of(Language.values()).map(text::in).toArray(String[]::new));
    }

    private void add(NoticeStep step, String... texts) {
        for (String text : texts) {
            if (!text.isBlank()) {
                byStep.computeIfAbsent(step, s -> new ArrayList<>()).add(text);
            }
        }
    }
}
