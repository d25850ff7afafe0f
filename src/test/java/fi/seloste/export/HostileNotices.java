package fi.seloste.export;

import java.util.List;

import fi.seloste.domain.Controller;
import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;
import fi.seloste.domain.NoticeSettings;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.testing.SampleNotices;

/** A notice whose owner typed everything a web page or a PDF renderer could choke on. */
final class HostileNotices {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String RLO = "Maksu \u202Eesaeh 123";
    static final String EMOJI = "Tervetuloa 😀 ja ' & \" kiitos";
    /** Right-to-left scripts and emoji DejaVu Sans lacks (drawn with Noto Emoji). */
    static final String SCRIPTS = "Toimisto שלום עולם · مرحبا بالعالم · 🚀💅🧖‍♀️ 🇫🇮 👍🏽";
    /** 10,000 characters: words and one very long unbreakable token. */
    static final String LONG = ("pitkä teksti åäö ".repeat(400) + "x".repeat(3200)).substring(0, 10_000);

    private HostileNotices() {
    }

    static Notice hostile() {
        Controller controller = new Controller(SCRIPT, "3015969-6", new PostalAddress(IMG, "10120", RLO), "+358 50 1",
                "a@b.fi", "https://example.fi/?a=1&b=\"2\"");
        Person contact = new Person(EMOJI, LocalizedText.finnish(IMG), "x@y.fi", "", new PostalAddress(SCRIPTS, "00100", "Helsinki"));
        NoticeSettings settings = new NoticeSettings(SampleNotices.settings().languages(), null,
                new LocalizedText(LONG, LONG, LONG), new LocalizedText(SCRIPT + "\n\n" + IMG, SCRIPT, SCRIPT));
        return Notice.withoutSharedSections(controller, contact, null, settings, List.of(SampleNotices.patientRegister(1)));
    }
}
