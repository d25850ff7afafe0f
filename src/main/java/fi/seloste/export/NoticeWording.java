package fi.seloste.export;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import fi.seloste.domain.Language;
import fi.seloste.domain.LocalizedText;
import fi.seloste.export.Section.Line;
import fi.seloste.export.Section.Text;

/** The notice's fixed wording in one notice language, from fi/seloste/export/notice*.properties. */
final class NoticeWording {

    /** Marks where a {@link Text} argument goes while the pattern is formatted; private-use characters. */
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private final Language language;
    private final ResourceBundle bundle;

    NoticeWording(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("fi.seloste.export.notice", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language language() {
        return language;
    }

    /** Every pattern goes through MessageFormat, so an apostrophe is always written '' in the bundles. */
    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    String of(Enum<?> value) {
        return text(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The owner's text in the notice language, or her Finnish text marked as Finnish when that is missing. */
    Text owner(LocalizedText text) {
        String wanted = text.in(language);
        if (!wanted.isBlank() || language == Language.FI) {
            return Text.plain(wanted);
        }
        return text.fi().isBlank() ? Text.plain("") : new Text(text.fi(), Language.FI);
    }

    /**
     * A pattern as a line whose {@link Text} arguments keep their language: "Oikeutettu etumme: {0}" with the owner's
     * Finnish fallback gives a plain run and a run marked Finnish. Other arguments are formatted as usual.
     */
    Line line(String key, Object... arguments) {
        List<Text> texts = new ArrayList<>();
        Object[] formatted = arguments.clone();
        for (int i = 0; i < formatted.length; i++) {
            if (formatted[i] instanceof Text t) {
                formatted[i] = "" + START + texts.size() + END;
                texts.add(t);
            }
        }
        String result = text(key, formatted);
        List<Text> parts = new ArrayList<>();
        int at = 0;
        while (at < result.length()) {
            int start = result.indexOf(START, at);
            if (start < 0) {
                parts.add(Text.plain(result.substring(at)));
                break;
            }
            if (start > at) {
                parts.add(Text.plain(result.substring(at, start)));
            }
            int end = result.indexOf(END, start);
            parts.add(texts.get(Integer.parseInt(result.substring(start + 1, end))));
            at = end + 1;
        }
        return new Line(parts);
    }
}
