package fi.seloste.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import fi.seloste.domain.Language;
import fi.seloste.domain.Notice;
import fi.seloste.export.NoticeHtml;
import fi.seloste.export.NoticeMeta;

/**
 * Writes every template sample and completed seed as HTML in fi, sv and en into the folder given as the one
 * argument, to be read by a person: {@code <name>-<lang>.html}.
 */
public final class DumpTemplateNotices {

    private DumpTemplateNotices() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DumpTemplateNotices OUTPUT_FOLDER");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        NoticeMeta meta = new NoticeMeta(LocalDate.of(2026, 12, 2), null);
        for (Map.Entry<String, Notice> sample : SampleNotices.all().entrySet()) {
            for (Language language : Language.values()) {
                Path file = folder.resolve(sample.getKey() + "-" + language.tag() + ".html");
                Files.writeString(file, NoticeHtml.document(sample.getValue(), language, meta), StandardCharsets.UTF_8);
                System.out.println(file);
            }
        }
    }
}
