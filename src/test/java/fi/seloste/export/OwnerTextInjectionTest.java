package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Person;
import fi.seloste.domain.PostalAddress;
import fi.seloste.domain.Recipient;
import fi.seloste.domain.RecipientKind;
import fi.seloste.domain.Register;
import fi.seloste.domain.SignOff;
import fi.seloste.domain.Transfer;
import fi.seloste.domain.TransferSafeguard;
import fi.seloste.domain.Answer;
import fi.seloste.testing.RecordStrings;
import fi.seloste.testing.SampleNotices;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * The reliability probe's injection corpus (probe 5), kept: hostile text in every owner text and URL field of a
 * notice (found by walking the records, so a new field is covered by itself), rendered as the HTML page, the
 * fragment and the record of processing in Finnish, Swedish and English, as a draft and as a signed version, and
 * as the PDF. The vectors rotate over the fields, so that across the notices every field gets every vector. Each
 * page must have no element, attribute, style or URL from owner input: its markup stays within that of a benign
 * twin (the same notice with "Benign text" everywhere), apart from the line breaks owner text may hold. The PDF must
 * carry no action, script, link, annotation or attachment.
 */
class OwnerTextInjectionTest {

    static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(1)\"",
            "\" onmouseover=\"alert(1)",
            "' onfocus='alert(1)' autofocus='",
            "<details open ontoggle=alert(1)>",
            "<body onload=alert(1)>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document.domain)",
            "java\tscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">klikkaa</a>",
            "<a href=//evil.example>x</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=x>",
            "<form action=\"https://evil.example/\"><input name=p><button formaction=x>OK</button></form>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "width: expression(alert(1));",
            "url(https://evil.example/track.png)",
            "@import url(https://evil.example/x.css);",
            "</style><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "<!-- kommentti -->",
            "--><script>alert(1)</script><!--",
            "<![CDATA[<script>alert(1)</script>]]>",
            "]]><script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&amp; &#x3C; &#60; &quot; &apos; &nbsp;",
            "Maksu \u202Eesaeh 123",
            "\u202Dlro \u2066isolate\u2069 \u200Bzero\u200Dwidth",
            "NUL\u0000tavu",
            "rivi\u2028erotin\u2029kappale",
            "\r\n\r\n<script>alert(1)</script>\n",
            "\u0001\u0007\u001B[31m ohjausmerkit \u001B]0;otsikko\u0007",
            "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>&xxe;",
            "<?xml version=\"1.0\"?><?xml-stylesheet href=\"x.xsl\"?>",
            "{{constructor.constructor('alert(1)')()}}",
            "${7*7} #{7*7} <%= 7*7 %> {{7*7}}",
            "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<link rel=stylesheet href=https://evil.example/x.css>",
            "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "🧖‍♀️ 𝕏𝔸 שלום <b>lihava</b>");

    private static final String BENIGN = "Benign text";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Instant SIGNED_AT = Instant.parse("2026-12-02T10:15:30Z");
    /** Line breaks in owner text become paragraphs and breaks: the only markup owner text can cause. */
    private static final Set<String> LINE_BREAK_TAGS = Set.of("br", "p");
    private static final Set<String> URL_OR_STYLE_ATTRIBUTES = Set.of("href", "src", "style", "action", "formaction",
            "xlink:href", "srcset", "background", "poster", "data");
    private static final List<String> PDF_ACTIONS = List.of("JavaScript", "JS", "Launch", "URI", "SubmitForm",
            "GoToR", "ImportData", "RichMedia", "OpenAction", "AA", "AcroForm", "EmbeddedFiles", "EmbeddedFile", "Annots");

    @Test
    void everyVectorInEveryFieldGivesNoMarkupNoUrlAndNoPdfAction() throws Exception {
        Notice base = everyFieldNotice();
        List<String> fields = new ArrayList<>(RecordStrings.paths(base, "notice"));
        fields.add("signOff.signer");
        fields.add("signOff.signerRole");
        assertThat(fields).as("owner text and URL fields found by the walk").hasSizeGreaterThan(150);

        Notice benign = RecordStrings.replace(base, "notice", (path, value) -> BENIGN);
        SignOff benignSignOff = new SignOff(1, SIGNED_AT, BENIGN, LocalizedText.finnish(BENIGN), "0".repeat(64));
        int htmlPages = 0;
        int pdfs = 0;
        List<String> problems = new ArrayList<>();
        for (int k = 0; k < VECTORS.size(); k++) {
            int shift = k;
            Notice hostile = RecordStrings.replace(base, "notice",
                    (path, value) -> VECTORS.get(Math.floorMod(fields.indexOf(path) + shift, VECTORS.size())));
            String signer = VECTORS.get(Math.floorMod(fields.indexOf("signOff.signer") + shift, VECTORS.size()));
            String role = VECTORS.get(Math.floorMod(fields.indexOf("signOff.signerRole") + shift, VECTORS.size()));
            SignOff signOff = new SignOff(1, SIGNED_AT, signer, LocalizedText.finnish(role), "0".repeat(64));
            for (boolean signed : new boolean[] {false, true}) {
                NoticeMeta meta = signed ? NoticeMeta.signed(signOff) : new NoticeMeta(DAY, null).withDraft(true);
                NoticeMeta twinMeta = signed ? NoticeMeta.signed(benignSignOff) : new NoticeMeta(DAY, null).withDraft(true);
                for (Language language : Language.values()) {
                    String what = "notice " + k + (signed ? " signed" : " draft") + " in " + language;
                    htmlPages += check(problems, what + ", page", NoticeHtml.document(hostile, language, meta),
                            NoticeHtml.document(benign, language, twinMeta), false);
                    htmlPages += check(problems, what + ", fragment", NoticeHtml.fragment(hostile, language, meta),
                            NoticeHtml.fragment(benign, language, twinMeta), true);
                    htmlPages += check(problems, what + ", record", RecordOfProcessing.html(hostile, language, meta),
                            RecordOfProcessing.html(benign, language, twinMeta), false);
                }
                // One PDF per notice and kind, the language rotating: every vector is in every PDF, in some field.
                Language language = Language.values()[k % Language.values().length];
                pdfActions(problems, "notice " + k + (signed ? " signed" : " draft") + " PDF in " + language,
                        NoticePdf.render(hostile, language, meta));
                pdfs++;
            }
            String name = Jsoup.parse(NoticeHtml.document(hostile, Language.FI, NoticeMeta.NONE)).select("h1").text();
            String typed = VECTORS.get(Math.floorMod(fields.indexOf("notice.controller.name") + shift, VECTORS.size()));
            if (!name.contains(visible(typed))) {
                problems.add("notice " + k + ": the controller name " + printable(typed) + " is not shown as text: " + printable(name));
            }
        }
        assertThat(htmlPages).isEqualTo(VECTORS.size() * 2 * 3 * 3);
        assertThat(pdfs).isEqualTo(VECTORS.size() * 2);
        assertThat(problems).as("%d HTML pages and %d PDFs of %d vectors in %d fields", htmlPages, pdfs,
                VECTORS.size(), fields.size()).isEmpty();
    }

    @Test
    void theCheckersCatchWhatTheyLookFor() throws Exception {
        String twin = NoticeHtml.document(everyFieldNotice(), Language.FI, NoticeMeta.NONE);
        List<String> problems = new ArrayList<>();
        check(problems, "planted script", twin.replace("</main>", "<script>alert(1)</script></main>"), twin, false);
        check(problems, "planted handler", twin.replace("<main>", "<main onclick=\"alert(1)\">"), twin, false);
        check(problems, "planted link", twin.replace("</main>", "<p><a href=\"javascript:alert(1)\">x</a></p></main>"), twin, false);
        check(problems, "planted comment", twin.replace("</main>", "<!-- x --></main>"), twin, false);
        check(problems, "planted style", twin.replace("</style>", "x{background:url(https://evil.example)}</style>"), twin, false);
        assertThat(problems.stream().map(p -> p.substring(0, p.indexOf(':'))).distinct())
                .containsExactly("planted script", "planted handler", "planted link", "planted comment", "planted style");
        List<String> benignPdf = new ArrayList<>();
        pdfActions(benignPdf, "benign", NoticePdf.render(everyFieldNotice(), Language.FI, NoticeMeta.NONE));
        assertThat(benignPdf).as("the benign notice's PDF has no action").isEmpty();
        byte[] planted;
        try (PDDocument document = Loader.loadPDF(NoticePdf.render(everyFieldNotice(), Language.FI, NoticeMeta.NONE))) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            planted = out.toByteArray();
        }
        pdfActions(benignPdf, "planted", planted);
        assertThat(benignPdf).contains("planted: /JavaScript", "planted: /JS", "planted: /OpenAction");
    }

    /** Returns 1 (one page checked); adds a line to {@code problems} for each thing owner text got into the markup. */
    private static int check(List<String> problems, String what, String hostile, String twin, boolean fragment) {
        Document page = fragment ? Jsoup.parseBodyFragment(hostile) : Jsoup.parse(hostile);
        Document benign = fragment ? Jsoup.parseBodyFragment(twin) : Jsoup.parse(twin);
        Set<String> allowedTags = tags(benign);
        allowedTags.addAll(LINE_BREAK_TAGS);
        Set<String> extraTags = tags(page);
        extraTags.removeAll(allowedTags);
        if (!extraTags.isEmpty()) {
            problems.add(what + ": elements from owner input " + extraTags);
        }
        Set<String> allowedAttributes = attributes(benign);
        for (String attribute : attributes(page)) {
            if (!allowedAttributes.contains(attribute)) {
                problems.add(what + ": an attribute from owner input " + printable(attribute));
            }
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                if (key.startsWith("on") || URL_OR_STYLE_ATTRIBUTES.contains(key)) {
                    problems.add(what + ": <" + element.tagName() + " " + key + ">");
                }
                if (value.contains("javascript:") || value.contains("vbscript:") || value.startsWith("data:")) {
                    problems.add(what + ": a script or data URL in <" + element.tagName() + " " + key + ">");
                }
            }
        }
        if (comments(page) != comments(benign)) {
            problems.add(what + ": " + comments(page) + " comments, the benign twin has " + comments(benign));
        }
        if (!page.select("style").outerHtml().equals(benign.select("style").outerHtml())) {
            problems.add(what + ": the <style> differs from the benign twin's");
        }
        if (!page.select("title").text().isEmpty() && page.select("head > *").size() != benign.select("head > *").size()) {
            problems.add(what + ": the <head> has other elements than the benign twin's");
        }
        return 1;
    }

    private static void pdfActions(List<String> problems, String what, byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                if (!page.getAnnotations().isEmpty()) {
                    problems.add(what + ": a page has annotations");
                }
            }
            Set<String> names = new TreeSet<>();
            for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                    .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
                collectNames(object.getObject(), names, new HashSet<>());
            }
            collectNames(document.getDocumentCatalog().getCOSObject(), names, new HashSet<>());
            for (String action : PDF_ACTIONS) {
                if (names.contains(action)) {
                    problems.add(what + ": /" + action);
                }
            }
        }
    }

    /** Every name used as a key or value in {@code base}, in its direct dictionaries and arrays (not references). */
    private static void collectNames(COSBase base, Set<String> names, Set<COSBase> seen) {
        COSBase value = base instanceof COSObject object ? object.getObject() : base;
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof COSName name) {
            names.add(name.getName());
        } else if (value instanceof COSDictionary dictionary) {
            for (var entry : dictionary.entrySet()) {
                names.add(entry.getKey().getName());
                if (!(entry.getValue() instanceof COSObject)) {
                    collectNames(entry.getValue(), names, seen);
                }
            }
        } else if (value instanceof COSArray array) {
            for (COSBase item : array) {
                if (!(item instanceof COSObject)) {
                    collectNames(item, names, seen);
                }
            }
        }
    }

    private static Set<String> tags(Document document) {
        return document.getAllElements().stream().map(Element::tagName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every element's attribute with its value: "section class=seloste-notice". */
    private static Set<String> attributes(Document document) {
        Set<String> all = new TreeSet<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                all.add(element.tagName() + " " + attribute.getKey() + "=" + attribute.getValue());
            }
        }
        return all;
    }

    private static int comments(Document document) {
        int[] count = {0};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment) {
                count[0]++;
            }
        }, document);
        return count[0];
    }

    /**
     * What a reader sees of typed text, as jsoup gives an element's text: controls other than line breaks dropped,
     * ASCII white space folded, the invisible zero-width space and soft hyphen left out.
     */
    private static String visible(String typed) {
        return typed.replaceAll("[\\u0000-\\u0008\\u000B\\u000E-\\u001F\\u200B\\u00AD]", "")
                .replaceAll("[ \\t\\n\\r\\f]+", " ").strip();
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f || (c >= 0x2028 && c <= 0x202e)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.append('"').toString();
    }

    /**
     * A notice with every owner text and URL field set, every list non-empty: the controller, a contact person and a
     * data protection officer with every line, and registers with systems, recipients of every kind, transfers,
     * retention, security, cookies and automated decisions.
     */
    static Notice everyFieldNotice() {
        Register patients = SampleNotices.patientRegister(1);
        List<Recipient> everyKind = Arrays.stream(RecipientKind.values())
                .map(kind -> new Recipient(LocalizedText.finnish("Vastaanottaja " + kind), SampleNotices.text("Kuvaus " + kind), kind,
                        List.of(new Transfer("US", TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES))))
                .toList();
        Register second = SampleNotices.patientRegister(2).toBuilder().recipients(everyKind)
                .otherDisclosures(Answer.YES).build();
        Person dpo = new Person("Tietosuojavastaava", LocalizedText.finnish("tietosuojavastaava"), "tietosuoja@flowest.fi", "+358 40 1",
                new PostalAddress("Katu 1", "00100", "Helsinki"));
        return Notice.withoutSharedSections(SampleNotices.controller(), SampleNotices.contactPerson(), dpo, SampleNotices.settings(),
                List.of(patients, second));
    }
}
