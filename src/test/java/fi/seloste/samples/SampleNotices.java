package fi.seloste.samples;

import java.util.LinkedHashMap;
import java.util.Map;

import fi.seloste.domain.Notice;

/** Every sample notice by the file-name stem its exports get: the two completed seeds, then the template samples. */
public final class SampleNotices {

    private SampleNotices() {
    }

    public static Map<String, Notice> all() {
        Map<String, Notice> notices = new LinkedHashMap<>();
        notices.put("physiotherapy-completed", CompletedSeeds.physiotherapy());
        notices.put("beauty-salon-completed", CompletedSeeds.beautySalon());
        notices.putAll(TemplateNotices.all());
        return notices;
    }
}
