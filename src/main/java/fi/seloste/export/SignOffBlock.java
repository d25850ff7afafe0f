package fi.seloste.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import fi.seloste.domain.SignOff;

/**
 * The sign-off block of a signed version: who signed off which version when, and the SHA-256 of the frozen content,
 * so a printed copy can be matched with the file. Printed copies also get a line for a handwritten signature.
 */
final class SignOffBlock {

    private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");
    private static final DateTimeFormatter SWEDISH = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter FINNISH_DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    private SignOffBlock() {
    }

    static void write(HtmlWriter html, NoticeMeta meta, NoticeWording w, boolean forPrint) {
        SignOff s = meta.signOff();
        DateTimeFormatter format = switch (w.language()) {
            case FI -> FINNISH;
            case SV -> SWEDISH;
            case EN -> ENGLISH;
        };
        html.open("section", "class", "seloste-signoff").newline();
        html.element("h2", w.text("signoff.title")).newline();
        String role = NoticeOutline.pick(s.signerRole(), w.language()).strip();
        String signer = role.isEmpty() ? s.signer() : s.signer() + ", " + role;
        html.element("p", w.text("signoff.signer", signer)).newline();
        html.element("p", w.text("signoff.when", s.signedAt().atZone(FINLAND).format(format))).newline();
        html.element("p", w.text("signoff.version", String.valueOf(s.version()))).newline();
        html.open("p", "class", "fingerprint").text(w.text("signoff.fingerprint", grouped(s.contentSha256()))).close("p").newline();
        if (meta.reissued()) {
            String day = s.signedAt().atZone(FINLAND).toLocalDate().format(format == ENGLISH ? ENGLISH_DAY : FINNISH_DAY);
            html.open("p", "class", "reissued").text(w.text("reissued.note", String.valueOf(s.version()), day)).close("p").newline();
        }
        if (forPrint) {
            html.open("p", "class", "signature").text(w.text("signoff.signature")).close("p").newline();
        }
        html.close("section").newline();
    }

    /** The fingerprint in groups of eight, easier to compare by eye and free to wrap. */
    static String grouped(String hex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 8) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, Math.min(i + 8, hex.length()));
        }
        return out.toString();
    }

}
