package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * An apostrophe shows as written: a message with arguments is read by MessageFormat, which takes a lone apostrophe as
 * a quote and drops it ("the backups text"), so there it is doubled; a message without arguments is shown as it is
 * written, so there it is not.
 */
class MessageApostrophesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void messagesWithArgumentsDoubleTheirApostrophesAndOthersDoNot() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(messages).isNotEmpty();

        assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
            String message = messages.getProperty(key);
            if (ARGUMENT.matcher(message).find()) {
                assertThat(LONE_APOSTROPHE.matcher(message).find()).as("%s has arguments and a lone apostrophe: %s", key, message).isFalse();
            } else {
                assertThat(message).as("%s has no arguments, so its apostrophes show as written", key).doesNotContain("''");
            }
        });
    }
}
