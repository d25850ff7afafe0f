package fi.seloste.oldnotice;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The bullet or number Word shows before an item of a list (numbering.xml), which is not in the paragraph's text:
 * "• " for a bullet, "3. " for the third item of a numbered list, so that the items read as the same list typed
 * by hand. Numbers are counted per list and level; an item of a level starts the levels below it anew.
 */
final class ListMarkers {

    private final Map<String, Integer> counts = new HashMap<>();

    String of(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        String format = format(paragraph.getDocument().getNumbering(), numId, level);
        if (format == null || format.equals("bullet")) {
            return "• ";
        }
        if (format.equals("none")) {
            return "";
        }
        counts.keySet().removeIf(key -> key.startsWith(numId + "/") && Integer.parseInt(key.substring(key.indexOf('/') + 1)) > level);
        int number = counts.merge(numId + "/" + level, 1, Integer::sum);
        return switch (format) {
            case "decimal", "decimalZero" -> number + ". ";
            case "lowerLetter" -> number <= 26 ? (char) ('a' + number - 1) + ") " : "• ";
            case "upperLetter" -> number <= 26 ? (char) ('A' + number - 1) + ") " : "• ";
            default -> "• ";
        };
    }

    /** The level's number format; Word reads a list item without a level as of level 0, which POI's own look-up does not. */
    private static String format(XWPFNumbering numbering, BigInteger numId, int level) {
        if (numbering == null) {
            return null;
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getNumFmt() != null) {
                return lvl.getNumFmt().getVal().toString();
            }
        }
        return null;
    }
}
