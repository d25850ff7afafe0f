package fi.seloste.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.seloste.domain.LocalizedText;

/**
 * Every catalogue text can be printed in any notice language: each has Finnish, Swedish and English, or (retention
 * details where the criterion says it all) is blank in all three.
 */
class CatalogueTextsTest {

    @Test
    void everyTextHasFinnishSwedishAndEnglish() {
        List<LocalizedText> texts = new ArrayList<>();
        collect(Catalogues.systems(), texts);
        collect(Catalogues.templates(), texts);
        collect(Catalogues.dataCategories(), texts);
        collect(Catalogues.authority(), texts);

        assertThat(texts).filteredOn(LocalizedText::isBlank).hasSizeLessThan(12);
        assertThat(texts).filteredOn(text -> !text.isBlank()).hasSizeGreaterThan(200).allSatisfy(text -> {
            assertThat(text.fi()).as("fi of %s", text).isNotBlank();
            assertThat(text.sv()).as("sv of %s", text).isNotBlank();
            assertThat(text.en()).as("en of %s", text).isNotBlank();
        });
    }

    private static void collect(Object value, List<LocalizedText> texts) {
        if (value instanceof LocalizedText text) {
            texts.add(text);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(read(component, record), texts);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, texts));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> collect(element, texts));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot read " + component, e);
        }
    }
}
