package fi.seloste.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fi.seloste.domain.Language;
import fi.seloste.store.ClientFileException;
import fi.seloste.store.ClientFileProblem;

/**
 * A value the client file cannot hold is reported as that value at import, not as the disk (probe M2: "Nothing was
 * imported: could not read or write …; check that the disk is connected and not full").
 */
class ProblemsTest {

    private static final SQLException TOO_LONG = new SQLException("Value too long for column \"CATALOG_KEY CHARACTER"
            + " VARYING(64)\": \"'kkkk…' (65)\"; SQL statement:\ninsert into \"PUBLIC\".\"DATA_CATEGORY\" (\"CATALOG_KEY\")"
            + " values (?) [22001-252]", "22001", 22001);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EN | Nothing was imported: the client file /tmp/Flowest.seloste.mv.db cannot hold the value at"
                    + " notice.registers[].dataCategories[].catalogKey (it is longer than the file can hold there);"
                    + " nothing was written, and this is not a disk problem.",
            "FI | Mitään ei tuotu: asiakastiedostoon /tmp/Flowest.seloste.mv.db ei voi tallentaa kohdan"
                    + " notice.registers[].dataCategories[].catalogKey arvoa (arvo on pidempi kuin tiedostoon siihen"
                    + " kohtaan mahtuu); mitään ei kirjoitettu, eikä vika ole levyssä.",
            "SV | Inget importerades: kundfilen /tmp/Flowest.seloste.mv.db kan inte lagra värdet i"
                    + " notice.registers[].dataCategories[].catalogKey (värdet är längre än filen rymmer där);"
                    + " ingenting skrevs, och felet beror inte på disken."})
    void aValueTheFileCannotHoldIsNamedAtImport(Language language, String expected) {
        CliText text = new CliText(language);
        ClientFileException e = new ClientFileException(ClientFileProblem.VALUE_NOT_STORED,
                Path.of("/tmp/Flowest.seloste.mv.db"), new RuntimeException(TOO_LONG));

        assertThat(text.get("import.failed", Problems.describe(text, e))).isEqualTo(expected);
    }
}
