package org.jobclass.legacy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded file into text, or says why it cannot be a class description page: empty, too large, or not text
 * at all. A byte-order mark says the encoding (UTF-8 or UTF-16); UTF-16 without one is recognised by its zero bytes.
 * Otherwise the file is read as UTF-8, and bytes that are not UTF-8 are read one by one as Windows-1252, the usual
 * alternative: a file written in Windows-1252 reads right, and one stray byte in a UTF-8 file does not turn the rest
 * of it into nonsense (it is repaired and counted, for the review to mention).
 */
final class TextFiles {

    static final int MAX_BYTES = 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /**
     * The text, or the refusal's message key.
     *
     * @param repairedBytes how many bytes of a mostly UTF-8 file were not UTF-8 and were read as Windows-1252
     */
    record Decoded(String text, String refusalKey, int repairedBytes) {

        static Decoded refused(String refusalKey) {
            return new Decoded(null, refusalKey, 0);
        }

        boolean refused() {
            return refusalKey != null;
        }
    }

    static Decoded decode(byte[] bytes, long size) {
        if (size > MAX_BYTES || bytes.length > MAX_BYTES) {
            return Decoded.refused("import.refused.tooLarge");
        }
        if (size == 0 || bytes.length == 0) {
            return Decoded.refused("import.refused.empty");
        }
        Decoded decoded = utf16(bytes);
        if (decoded == null) {
            for (byte b : bytes) {
                if (b == 0) {
                    return Decoded.refused("import.refused.binary");
                }
            }
            decoded = utf8RepairingStrayBytes(bytes);
        }
        String text = decoded.text();
        long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t').count();
        if (control * 100 > text.length()) {
            return Decoded.refused("import.refused.binary");
        }
        if (text.isBlank()) {
            return Decoded.refused("import.refused.empty");
        }
        return decoded;
    }

    /** UTF-16 text, marked by its byte-order mark or by a zero byte beside every letter of plain text; else null. */
    private static Decoded utf16(byte[] bytes) {
        Charset charset = null;
        int start = 0;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (bytes.length >= 4 && bytes.length % 2 == 0) {
            int evenZeros = 0;
            int oddZeros = 0;
            for (int i = 0; i < bytes.length; i += 2) {
                evenZeros += bytes[i] == 0 ? 1 : 0;
                oddZeros += bytes[i + 1] == 0 ? 1 : 0;
            }
            int pairs = bytes.length / 2;
            if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
                charset = StandardCharsets.UTF_16LE;
            } else if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
                charset = StandardCharsets.UTF_16BE;
            }
        }
        if (charset == null) {
            return null;
        }
        return new Decoded(new String(bytes, start, bytes.length - start, charset), null, 0);
    }

    /**
     * UTF-8, a byte-order mark dropped, with each byte that is not part of a UTF-8 character read as Windows-1252.
     * Bytes are counted as repaired only in a file that also holds UTF-8 characters: a file with none is simply
     * Windows-1252.
     */
    private static Decoded utf8RepairingStrayBytes(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int strayBytes = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(new String(new byte[] {in.get()}, WINDOWS_1252));
                    strayBytes++;
                }
            } else {
                break;
            }
        }
        decoder.flush(out);
        String text = out.flip().toString();
        boolean holdsUtf8Characters = bytes.length > text.length();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(text, null, holdsUtf8Characters ? strayBytes : 0);
    }
}
