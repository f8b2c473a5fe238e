package org.jobclass.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Fetches pages through MockMvc and parses them, so that tests can read them as a browser would. */
public final class HtmlPages {

    private HtmlPages() {
    }

    /** The page at {@code path}, which must answer 200 OK. */
    public static Document get(MockMvcTester mvc, String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).as("GET %s", path).hasStatusOk();
        return parse(result);
    }

    /** The page at {@code path} with these parameters (names and values in turn) as a form sends them; it must answer 200 OK. */
    public static Document get(MockMvcTester mvc, String path, String... namesAndValues) {
        var request = mvc.get().uri(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).as("GET %s with %s", path, String.join(" ", namesAndValues)).hasStatusOk();
        return parse(result);
    }

    public static Document parse(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
