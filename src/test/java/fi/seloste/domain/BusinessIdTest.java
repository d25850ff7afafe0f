package fi.seloste.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of ../shared/domain/notice-requirements.md. */
class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0245974-7", "1572860-0", "2077474-0", "2773203-3", "0581846-9", "3015969-6", "1316747-5",
            "1655568-4"})
    void validIdsAreValid(String id) {
        assertThat(BusinessId.canonical(id)).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0245974-8", "1000008-0", "1000008-1", "1000008-9", "", "2450974", "12345678-9", "abcdefg-h",
            "3015969 6", "3015969-66"})
    void invalidIdsAreNot(String id) {
        assertThat(BusinessId.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"245974-7, 0245974-7", "' 3015969-6 ', 3015969-6"})
    void oldSixDigitIdsArePaddedAndBlanksTrimmedInTheCanonicalForm(String typed, String canonical) {
        assertThat(BusinessId.canonical(typed)).contains(canonical);
    }

    @org.junit.jupiter.api.Test
    void aRemainderOfOneHasNoValidCheckDigit() {
        assertThat(BusinessId.checkDigit("1000008")).isEmpty();
        assertThat(BusinessId.checkDigit("3015969")).contains(6);
    }
}
