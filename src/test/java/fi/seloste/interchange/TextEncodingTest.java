package fi.seloste.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.seloste.domain.Language;
import fi.seloste.testing.InterchangeFiles;

/**
 * A notice file is UTF-8, but one saved as UTF-16 (Windows PowerShell's {@code >}) or UTF-32, marked by a byte order
 * mark or recognisable by its zero bytes, reads as the same notice, decoded as strictly as UTF-8 (the probe's
 * bom-utf8, utf16le-bom and utf32be cases, which held and stay so).
 */
class TextEncodingTest {

    @ParameterizedTest(name = "{0}, mark {1}")
    @CsvSource({"UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-16LE, ''", "UTF-16BE, ''",
            "UTF-32BE, 0000FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, ''", "UTF-32LE, ''"})
    void aFileInAnotherUnicodeEncodingReadsAsTheSameNotice(String charset, String mark) throws Exception {
        String text = InterchangeFiles.signedSeed();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(java.util.HexFormat.of().parseHex(mark));
        file.write(text.getBytes(Charset.forName(charset)));

        InterchangeDocument read = NoticeInterchange.read(file.toByteArray(), Language.EN);

        assertThat(read).isEqualTo(InterchangeFiles.document());
        assertThat(NoticeInterchange.write(read)).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
