package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Imports pages as an editor does: uploads them as files, then confirms the review page's form as it stands. */
final class ImportRequests {

    private ImportRequests() {
    }

    static Document review(MockMvcTester mvc, List<String> names, List<String> texts) {
        var request = mvc.post().uri("/editor/import").with(csrf()).multipart();
        for (int i = 0; i < names.size(); i++) {
            request.file(new MockMultipartFile("files", names.get(i), "text/plain", texts.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    /**
     * Posts the review page's confirmation form as it stands: the review's id and the positions of the pages chosen,
     * never their text.
     */
    static Document confirm(MockMvcTester mvc, Document review) {
        Element form = review.selectFirst("form#confirm-import");
        var request = mvc.post().uri(form.attr("action")).with(csrf());
        for (Element input : form.select("input[type=hidden][name]:not([name=_csrf])")) {
            request.param(input.attr("name"), input.attr("value"));
        }
        for (Element chosen : review.select("input[type=checkbox][form=confirm-import][checked]")) {
            request.param(chosen.attr("name"), chosen.attr("value"));
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return HtmlPages.parse(result);
    }

    static Document reviewAndConfirm(MockMvcTester mvc, List<String> names, List<String> texts) {
        return confirm(mvc, review(mvc, names, texts));
    }
}
