package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Backs up and restores as an admin does: downloads the file; uploads it, then confirms the preview page's form. */
final class BackupRequests {

    private BackupRequests() {
    }

    /** The catalog's backup, as downloaded: gzipped. */
    static byte[] download(MockMvcTester mvc) {
        MvcTestResult result = mvc.get().uri("/admin/backup/catalog.json.gz").exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsByteArray();
    }

    /** The catalog's backup as JSON text. */
    static String backup(MockMvcTester mvc) {
        return gunzip(download(mvc));
    }

    static Document preview(MockMvcTester mvc, String json) {
        return preview(mvc, json.getBytes(StandardCharsets.UTF_8));
    }

    static Document preview(MockMvcTester mvc, byte[] file) {
        MvcTestResult result = mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json.gz", "application/gzip", file))
                .exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    /** Posts the preview page's confirmation: the preview's id only, never the file again. */
    static Document confirm(MockMvcTester mvc, Document preview) {
        Element form = preview.selectFirst("form[action=/admin/backup/confirm]");
        assertThat(form).as("a confirmation form on %s", preview.text()).isNotNull();
        MvcTestResult result = mvc.post().uri(form.attr("action")).with(csrf())
                .param("review", form.selectFirst("input[name=review]").val()).exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    static Document restore(MockMvcTester mvc, String json) {
        return confirm(mvc, preview(mvc, json));
    }

    static String gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
