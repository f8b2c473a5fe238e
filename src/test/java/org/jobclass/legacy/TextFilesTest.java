package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Uploaded files in the encodings offices save pages in. */
class TextFilesTest {

    private static final String PAGE = LegacyPageParserTest.resource("/legacy/bus-operator.txt");

    @Test
    void utf16WithAByteOrderMarkIsRead() {
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            byte[] mark = charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] bytes = concat(mark, PAGE.getBytes(charset));

            TextFiles.Decoded decoded = TextFiles.decode(bytes, bytes.length);

            assertThat(decoded.refused()).as(charset.name()).isFalse();
            assertThat(decoded.text()).as(charset.name()).isEqualTo(PAGE);
        }
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextFiles.decode(bytes, bytes.length).text()).isEqualTo(PAGE);
    }

    @Test
    void utf8WithAByteOrderMarkIsReadWithoutTheMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));

        TextFiles.Decoded decoded = TextFiles.decode(bytes, bytes.length);

        assertThat(decoded.text()).isEqualTo(PAGE);
        assertThat(decoded.repairedBytes()).isZero();
    }

    @Test
    void oneStrayWindows1252ByteInAUtf8FileIsRepairedAloneAndCounted() {
        String page = PAGE.replace("Bus Operator, “Safety First” Training Routes", "Bus Operator’s “Safety First” Routes");
        byte[] utf8 = page.getBytes(StandardCharsets.UTF_8);
        String marker = "Drives a school bus";
        int at = indexOf(utf8, marker.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = concat(java.util.Arrays.copyOf(utf8, at), new byte[] {(byte) 0x93},
                java.util.Arrays.copyOfRange(utf8, at, utf8.length));

        TextFiles.Decoded decoded = TextFiles.decode(bytes, bytes.length);

        assertThat(decoded.text()).isEqualTo(page.replace(marker, "“" + marker));
        assertThat(decoded.text()).contains("Bus Operator’s “Safety First” Routes").doesNotContain("â€");
        assertThat(decoded.repairedBytes()).isEqualTo(1);
    }

    @Test
    void aWindows1252FileIsReadAsSuchWithNothingToRepair() {
        String page = PAGE.replace("→", ">").replace("\u2011", "-");
        byte[] bytes = page.getBytes(Charset.forName("windows-1252"));

        TextFiles.Decoded decoded = TextFiles.decode(bytes, bytes.length);

        assertThat(decoded.text()).isEqualTo(page).contains("“Safety First”");
        assertThat(decoded.repairedBytes()).isZero();
    }

    @Test
    void binaryFilesAreStillRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

        assertThat(TextFiles.decode(png, png.length).refusalKey()).isEqualTo("import.refused.binary");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
