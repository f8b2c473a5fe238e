package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;

import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Restores a backup as an admin does: uploads the file, then confirms the preview page's form as it stands. */
final class BackupRequests {

    private BackupRequests() {
    }

    static Document preview(MockMvcTester mvc, String json) {
        MvcTestResult result = mvc.post().uri("/admin/backup").with(csrf()).multipart()
                .file(new MockMultipartFile("file", "backup.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
                .exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    /** Posts the preview page's confirmation: the preview's id only, never the file again. */
    static Document confirm(MockMvcTester mvc, Document preview) {
        Element form = preview.selectFirst("form[action=/admin/backup/confirm]");
        MvcTestResult result = mvc.post().uri(form.attr("action")).with(csrf())
                .param("review", form.selectFirst("input[name=review]").val()).exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    static Document restore(MockMvcTester mvc, String json) {
        return confirm(mvc, preview(mvc, json));
    }
}
