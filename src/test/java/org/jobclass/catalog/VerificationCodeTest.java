package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 31, 32, 1023, 123_456, 33_554_431, 9_876_543_210L})
    void everyCodeReadsBackAsItsRevision(long id) {
        assertThat(VerificationCode.parse(VerificationCode.of(id))).contains(id);
    }

    @Test
    void codesAreShortAndReadForgivingly() {
        String code = VerificationCode.of(1234);

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]");
        assertThat(VerificationCode.parse(" " + code.toLowerCase().replace("-", " ") + " ")).contains(1234L);
        assertThat(VerificationCode.parse(code.replace("1", "l"))).contains(1234L);
    }

    @Test
    void anyOneSymbolMistypedIsRefused() {
        String code = VerificationCode.of(98_765).replace("-", "");
        String symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int position = 0; position < code.length(); position++) {
            for (char other : symbols.toCharArray()) {
                if (other != code.charAt(position)) {
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(VerificationCode.parse(typo)).as(typo).isEmpty();
                }
            }
        }
    }

    @Test
    void whatIsNotACodeIsRefused() {
        assertThat(VerificationCode.parse(null)).isEmpty();
        assertThat(VerificationCode.parse("")).isEmpty();
        assertThat(VerificationCode.parse("<script>")).isEmpty();
        assertThat(VerificationCode.parse("UUUUU-U")).isEmpty();
        assertThat(VerificationCode.parse("1".repeat(200))).isEmpty();
    }
}
