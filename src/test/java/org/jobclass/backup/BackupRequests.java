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

import jakarta.servlet.http.Cookie;

import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
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
        return confirm(mvc, form.selectFirst("input[name=review]").val());
    }

    /**
     * Posts a confirmation of this preview id and follows the redirect, as a browser does: the backup page, saying what
     * the restore did.
     */
    static Document confirm(MockMvcTester mvc, String review, RequestPostProcessor... as) {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/admin/backup/confirm").with(csrf()).param("review", review);
        for (RequestPostProcessor processor : as) {
            post.with(processor);
        }
        MvcTestResult result = mvc.perform(post);
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/backup");
        // The flash attributes live in the session, as for a browser that follows the redirect with its cookie.
        Cookie session = result.getResponse().getCookie("JOBCLASS-SESSION");
        assertThat(session).as("the session that keeps what the restore did").isNotNull();
        MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get("/admin/backup").cookie(session);
        for (RequestPostProcessor processor : as) {
            get.with(processor);
        }
        MvcTestResult page = mvc.perform(get);
        assertThat(page).hasStatusOk();
        return HtmlPages.parse(page);
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
