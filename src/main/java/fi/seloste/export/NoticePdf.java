package fi.seloste.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Enumeration;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;

/**
 * The notice as an archival, accessible PDF: PDF/A-3u and PDF/UA-1, A4, DejaVu Sans and Noto Emoji embedded, page
 * numbers in the footer, rendered by openhtmltopdf from {@link NoticeHtml}'s document. The same notice and meta always
 * give the same bytes: the dates come from {@link NoticeMeta#date()}, the file identifier is a hash of the content,
 * the producer is fixed. See docs/decisions/0008-export-rendering.md and 0013-fonts-and-right-to-left-text.md.
 */
public final class NoticePdf {

    static final String PRODUCER = "Seloste";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final Pattern XMP_DATE = Pattern.compile("<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>");

    static {
        RendererLogging.intoJavaLogging();
    }

    private NoticePdf() {
    }

    /** The notice in one language as PDF/A-3u + PDF/UA-1 bytes. */
    public static byte[] render(Notice notice, Language language, NoticeMeta meta) {
        NoticeMeta m = meta == null ? NoticeMeta.NONE : meta;
        String html = NoticeHtml.documentForPdf(notice, language, m);
        try {
            return render(html, m.date());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the notice as PDF", e);
        }
    }

    /**
     * Writes the PDF to {@code target}: first to a temporary file in the same folder, forced to the disk, then moved
     * into place. If anything fails, an existing file at {@code target} is left as it was.
     */
    public static void write(Notice notice, Language language, NoticeMeta meta, Path target) throws IOException {
        SafeFiles.write(target, render(notice, language, meta));
    }

    static byte[] render(String html, LocalDate date) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader contextLoader = thread.getContextClassLoader();
        thread.setContextClassLoader(new JdkXmlOnly(contextLoader != null ? contextLoader : NoticePdf.class.getClassLoader()));
        try {
            return renderWithJdkXml(html, date);
        } finally {
            thread.setContextClassLoader(contextLoader);
        }
    }

    private static byte[] renderWithJdkXml(String html, LocalDate date) throws IOException {
        PdfWarmUp.awaitIfRunning();
        PdfFonts fonts = PdfFonts.borrow();
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDFontSupplier oblique = PdfFonts.lazy(document, fonts.oblique);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_3_U)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .withProducer(PRODUCER)
                    .useFont(PdfFonts.lazy(document, fonts.regular), NoticeHtml.PDF_FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(PdfFonts.lazy(document, fonts.bold), NoticeHtml.PDF_FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useFont(oblique, NoticeHtml.PDF_FONT_FAMILY, 400, FontStyle.OBLIQUE, true)
                    .useFont(oblique, NoticeHtml.PDF_FONT_FAMILY, 400, FontStyle.ITALIC, true)
                    .useFont(PdfFonts.lazy(document, fonts::emoji), NoticeHtml.PDF_EMOJI_FAMILY, 400, FontStyle.NORMAL, true)
                    .useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                    .useUnicodeBidiReorderer(new ICUBidiReorderer())
                    .useUnicodeLineBreaker(new PdfLineBreaks())
                    .withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
            }
            makeDeterministic(document, html, date);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            pdf = out.toByteArray();
        }
        // Only after a render that went through: a failed one may have left a font half-read.
        fonts.giveBack();
        return pdf;
    }

    /**
     * openhtmltopdf stamps the current time into the info dictionary and the XMP metadata, and PDFBox derives the
     * file identifier from the current time. Replace all three with values that depend on the content only.
     */
    private static void makeDeterministic(PDDocument document, String html, LocalDate date) throws IOException {
        Calendar when = date == null ? null : calendar(date);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        info.setProducer(PRODUCER);
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String fixed = replaceXmpDates(xmp, when == null ? null : xmpDate(date));
            if (!fixed.equals(xmp)) {
                PDMetadata replacement =
                        new PDMetadata(document, new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)));
                document.getDocumentCatalog().setMetadata(replacement);
            }
        }
        byte[] id = Arrays.copyOf(sha256(html + "\u0000" + date), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * Sets every xmp date to {@code value} and adds xmp:ModifyDate next to xmp:CreateDate if missing (the info
     * dictionary has both, and PDF/A wants the two to agree), or removes them all when there is no date.
     */
    static String replaceXmpDates(String xmp, String value) {
        Matcher m = XMP_DATE.matcher(xmp);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = value == null ? "" : "<xmp:" + m.group(1) + ">" + value + "</xmp:" + m.group(1) + ">";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String result = out.toString();
        String create = "</xmp:CreateDate>";
        if (value != null && !result.contains("<xmp:ModifyDate>") && result.contains(create)) {
            result = result.replace(create, create + "<xmp:ModifyDate>" + value + "</xmp:ModifyDate>");
        }
        return result;
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    private static String xmpDate(LocalDate date) {
        return date + "T00:00:00+00:00";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The thread's context class loader while a PDF is rendered: the same, except that it lists no
     * {@code META-INF/services/javax.xml.*} providers. openhtmltopdf writes the XMP metadata with xmpbox's
     * {@code XmpSerializer}, which calls {@code TransformerFactory.newInstance()} and
     * {@code DocumentBuilderFactory.newInstance()} on every render, and those search every jar on the class path
     * through the context class loader each time. Without providers they take the JDK's built-in implementation at
     * once, so the PDF is the same whatever XML library is on the class path: the tests have Saxon (through veraPDF),
     * which wrote other XMP bytes than the application does and cost a third of the render time in the tests, as its
     * signed jar was opened and verified on every render.
     */
    private static final class JdkXmlOnly extends ClassLoader {

        private static final String XML_SERVICES = "META-INF/services/javax.xml.";

        JdkXmlOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(XML_SERVICES) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(XML_SERVICES) ? null : super.getResource(name);
        }
    }
}
