package fi.seloste.oldnotice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word, web page and PDF give the lines a person sees: list markers, line breaks, table rows; no running headers. */
class FormatsKeepTheLinesTest {

    @Test
    void aWordListGivesItsNumbersAndBulletsAndEachParagraphIsALine() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger numbered = list(document, STNumberFormat.DECIMAL);
            BigInteger bullets = list(document, STNumberFormat.BULLET);
            document.createParagraph().createRun().setText("Rekisterin tietosisältö:");
            for (String item : new String[] {"nimi", "puhelinnumero"}) {
                XWPFParagraph p = document.createParagraph();
                p.setNumID(numbered);
                p.createRun().setText(item);
            }
            document.createParagraph();
            XWPFParagraph bullet = document.createParagraph();
            bullet.setNumID(bullets);
            bullet.createRun().setText("asiakkaalta itseltään");
            document.write(out);

            String text = OldNoticeText.read(out.toByteArray(), OldNoticeFormat.DOCX);

            assertThat(text).isEqualTo("Rekisterin tietosisältö:\n1. nimi\n2. puhelinnumero\n\n• asiakkaalta itseltään\n");
        }
    }

    private static BigInteger list(XWPFDocument document, STNumberFormat.Enum format) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(format);
        return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering)));
    }

    @Test
    void aWebPageGivesLinesForBreaksListItemsWithMarkersAndTableRowsAsLabelLines() throws Exception {
        String page = "<html><body><p>Rekisterinpitäjä<br>Kahvila Mäkelä</p><ol start=\"3\"><li>nimi</li><li>osoite</li></ol>"
                + "<ul><li>asiakkaalta</li></ul><table><tr><td>Puh.</td><td>040 123 4567</td></tr><tr><td>Osoite:</td><td></td></tr></table></body></html>";

        String text = OldNoticeText.read(SavedAs.utf8(page), OldNoticeFormat.HTML);

        assertThat(text).isEqualTo("Rekisterinpitäjä\nKahvila Mäkelä\n\n3. nimi\n4. osoite\n\n• asiakkaalta\n\nPuh. 040 123 4567\nOsoite:\n\n");
    }

    @Test
    void aPdfJoinsTheLinesItWrappedKeepsShortLinesApartAndLeavesOutHeadersAndPageNumbers() throws Exception {
        StringBuilder notice = new StringBuilder("Rekisterinpitäjä: Kahvila Mäkelä, Kuja 1 B, 00100 Helsinki, puhelin 040 123 4567, "
                + "sähköposti kahvila@makela.fi, verkkosivut www.makela.fi\n\nNimi: Maija Mäkelä\nPuh. 040 765 4321\n\n");
        for (int i = 1; i <= 70; i++) {
            notice.append("Rivi ").append(i).append("\n");
        }

        String text = OldNoticeText.read(SavedAs.pdf(notice.toString()), OldNoticeFormat.PDF);

        assertThat(text).contains("puhelin 040 123 4567, sähköposti kahvila@makela.fi, verkkosivut www.makela.fi\n")
                .contains("Nimi: Maija Mäkelä\nPuh. 040 765 4321\n").contains("Rivi 70")
                .doesNotContain("Sivu").doesNotContain("Tietosuojaseloste");
    }
}
