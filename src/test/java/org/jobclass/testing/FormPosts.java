package org.jobclass.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Posts a form with its CSRF token, as the browser does, from name-value pairs. */
public final class FormPosts {

    private FormPosts() {
    }

    public static MvcTestResult post(MockMvcTester mvc, String path, String... namesAndValues) {
        var request = mvc.post().uri(path).with(csrf());
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return request.exchange();
    }
}
