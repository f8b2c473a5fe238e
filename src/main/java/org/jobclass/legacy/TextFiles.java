package org.jobclass.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file into text, or says why it cannot be a class description page: empty, too large,
 * or not text at all. UTF-8 is read as such; anything else is read as Windows-1252, the usual alternative.
 */
final class TextFiles {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /** The refusal's message key and arguments, or the text. */
    record Decoded(String text, String refusalKey) {

        boolean refused() {
            return refusalKey != null;
        }
    }

    static Decoded decode(byte[] bytes, long size) {
        if (size > MAX_BYTES || bytes.length > MAX_BYTES) {
            return new Decoded(null, "import.refused.tooLarge");
        }
        if (size == 0 || bytes.length == 0) {
            return new Decoded(null, "import.refused.empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return new Decoded(null, "import.refused.binary");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, WINDOWS_1252);
        }
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (control * 100 > text.length()) {
            return new Decoded(null, "import.refused.binary");
        }
        if (text.isBlank()) {
            return new Decoded(null, "import.refused.empty");
        }
        return new Decoded(text, null);
    }
}
