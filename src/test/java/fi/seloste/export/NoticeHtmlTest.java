package fi.seloste.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.seeds.SeedNotices;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NoticeHtmlTest {

    private static final NoticeMeta META = SeedCases.META;

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("fi.seloste.export.SeedCases#seedsAndLanguages")
    void documentIsValidHtml5WithTheOutlineAsHeadings(String name, Notice notice, Language language) {
        String html = NoticeHtml.document(notice, language, META);
        assertThat(html).startsWith("<!DOCTYPE html>");

        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        ParseErrorList errors = parser.getErrors();
        assertThat(errors).as("HTML5 parse errors").isEmpty();

        assertThat(doc.documentType().name()).isEqualTo("html");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo(language.tag());
        assertThat(doc.select("head > meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("head > meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.title()).isEqualTo(NoticeHtml.title(notice, language)).contains(notice.controller().name());
        assertThat(doc.select("head > style")).hasSize(1);
        assertThat(doc.select("head > meta[name=description]").attr("content")).isNotBlank();

        List<Section> outline = NoticeOutline.of(notice, language);
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("h1").text()).isEqualTo(doc.title());
        assertThat(doc.select("h2").eachText()).containsExactlyElementsOf(outline.stream().map(Section::title).toList());
        assertThat(doc.select("h3").eachText()).containsExactlyElementsOf(
                outline.stream().flatMap(s -> s.subsections().stream()).map(Section::title).toList());
        long lists = outline.stream().flatMap(NoticeHtmlTest::allBlocks).filter(b -> b instanceof Section.Items).count();
        assertThat(doc.select("ul")).hasSize((int) lists);

        assertThat(doc.select("script, iframe, object, embed, img, link, base, form")).isEmpty();
        assertThat(doc.select("[src], [href]")).isEmpty();
        assertThat(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");

        assertThat(doc.select("footer").text()).contains("2027").contains("3");
    }

    @Test
    void footerSaysDateAndVersionInTheNoticeLanguage() {
        Notice notice = SeedNotices.physiotherapy();
        assertThat(footer(notice, Language.FI, META)).isEqualTo("Päivitetty 1.11.2027 · versio 3");
        assertThat(footer(notice, Language.SV, META)).isEqualTo("Uppdaterad 1.11.2027 · version 3");
        assertThat(footer(notice, Language.EN, META)).isEqualTo("Last updated 1 November 2027 · version 3");
        assertThat(footer(notice, Language.FI, new NoticeMeta(null, 2))).isEqualTo("Versio 2");
        assertThat(Jsoup.parse(NoticeHtml.document(notice, Language.FI, NoticeMeta.NONE)).select("footer")).isEmpty();
        assertThat(Jsoup.parse(NoticeHtml.document(notice, Language.FI, null)).select("footer")).isEmpty();
    }

    @Test
    void fragmentIsOneSectionWithTheSameContentAndNoDocumentParts() {
        Notice notice = SeedNotices.beautySalon();
        String fragment = NoticeHtml.fragment(notice, Language.SV, META);
        assertThat(fragment).doesNotContainIgnoringCase("<html").doesNotContainIgnoringCase("<head")
                .doesNotContainIgnoringCase("<body").doesNotContainIgnoringCase("<!DOCTYPE").doesNotContain("<style");
        assertThat(fragment.strip()).startsWith("<section class=\"seloste-notice\" lang=\"sv\">").endsWith("</section>");

        List<org.jsoup.nodes.Node> nodes = Parser.parseFragment(fragment, new Element("div"), "");
        List<org.jsoup.nodes.Node> elements = nodes.stream().filter(n -> n instanceof Element).toList();
        assertThat(elements).hasSize(1);
        Element section = (Element) elements.get(0);
        assertThat(section.attr("lang")).isEqualTo("sv");
        assertThat(section.hasClass(NoticeHtml.NOTICE_CLASS)).isTrue();

        Element inDocument = Jsoup.parse(NoticeHtml.document(notice, Language.SV, META)).selectFirst("section.seloste-notice");
        assertThat(section.outerHtml()).isEqualTo(inDocument.outerHtml());
    }

    @Test
    void hostileOwnerInputIsEscapedAndRoundTrips() {
        Notice notice = HostileNotices.hostile();
        for (Language language : Language.values()) {
            for (String html : List.of(NoticeHtml.document(notice, language, META), NoticeHtml.fragment(notice, language, META))) {
                Document doc = Jsoup.parse(html);
                assertThat(doc.select("script, img")).isEmpty();
                assertThat(doc.select("[onerror], [src]")).isEmpty();
                String text = doc.body().wholeText();
                assertThat(text).contains(HostileNotices.SCRIPT, HostileNotices.IMG, HostileNotices.RLO,
                        HostileNotices.EMOJI);
                Elements paragraphs = doc.select("p");
                assertThat(paragraphs.eachText()).contains(HostileNotices.LONG.strip());
                assertThat(doc.select("h1").text()).contains(HostileNotices.SCRIPT);
            }
            assertThat(Jsoup.parse(NoticeHtml.document(notice, language, META)).title()).contains(HostileNotices.SCRIPT);
        }
    }

    @Test
    void escapingCoversTextAndAttributes() {
        assertThat(HtmlWriter.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assertThat(new HtmlWriter().open("p", "title", "\"><script>").toString()).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;\">");
        assertThat(HtmlWriter.escape("a\u0000b\u0007c\uD800d😀\r\ne")).isEqualTo("abcd😀\ne");
    }

    @Test
    void sameNoticeGivesTheSameHtml() {
        Notice notice = SeedNotices.physiotherapy();
        assertThat(NoticeHtml.document(notice, Language.FI, META)).isEqualTo(NoticeHtml.document(SeedNotices.physiotherapy(), Language.FI, META));
        assertThat(NoticeHtml.fragment(notice, Language.EN, META)).isEqualTo(NoticeHtml.fragment(notice, Language.EN, META));
    }

    @Test
    void pageNumbersComeFromTheBundles() {
        assertThat(NoticeHtml.pageNumberContent(new NoticeWording(Language.FI)))
                .isEqualTo("\"sivu \" counter(page) \" / \" counter(pages)");
        assertThat(NoticeHtml.pageNumberContent(new NoticeWording(Language.SV))).startsWith("\"sida \"");
        assertThat(NoticeHtml.pageNumberContent(new NoticeWording(Language.EN))).startsWith("\"page \"");
    }

    private static String footer(Notice notice, Language language, NoticeMeta meta) {
        return Jsoup.parse(NoticeHtml.document(notice, language, meta)).select("footer").text();
    }

    private static Stream<Section.Block> allBlocks(Section s) {
        return Stream.concat(s.blocks().stream(), s.subsections().stream().flatMap(NoticeHtmlTest::allBlocks));
    }
}
