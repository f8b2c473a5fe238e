package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A client that holds the current copy of a public page gets 304 before anything is rendered. With no room in the
 * cache of public responses, every other request renders its page, which shows that 304 costs no rendering.
 */
@ApplicationTest
@TestPropertySource(properties = "jobclass.cache.public-responses=0B")
class ConditionalRequestTest {

    private static final String CLASS_PAGE = "/classes/0435/coordinator-innovative-and-progressive-systemwide-training";

    @Autowired
    MockMvcTester mvc;

    @MockitoSpyBean
    PageRenderer renderer;

    @BeforeEach
    void forgetEarlierRenderings() {
        clearInvocations(renderer);
    }

    @Test
    void aCurrentCopyIsAnsweredNotModifiedWithoutRenderingThePage() {
        MvcTestResult first = mvc.get().uri(CLASS_PAGE).exchange();
        String etag = first.getResponse().getHeader("ETag");
        verify(renderer, times(1)).render(eq("catalog/description"), anyMap(), any(), any());

        MvcTestResult conditional = mvc.get().uri(CLASS_PAGE).header("If-None-Match", etag).exchange();

        assertThat(conditional).hasStatus(304);
        verify(renderer, times(1)).render(eq("catalog/description"), anyMap(), any(), any());
    }

    @Test
    void eachValidatorAndCacheControlIsSentOnceWhetherThePageIsSentOrNot() {
        MvcTestResult page = mvc.get().uri(CLASS_PAGE).exchange();
        MvcTestResult conditional = mvc.get().uri(CLASS_PAGE)
                .header("If-None-Match", page.getResponse().getHeader("ETag")).exchange();
        MvcTestResult head = mvc.head().uri(CLASS_PAGE).exchange();

        for (MvcTestResult answer : java.util.List.of(page, conditional, head)) {
            assertThat(answer.getResponse().getHeaders("ETag")).hasSize(1);
            assertThat(answer.getResponse().getHeaders("Last-Modified")).hasSize(1);
            assertThat(answer.getResponse().getHeaders("Cache-Control")).containsExactly("no-cache, public");
        }
        assertThat(page).hasStatusOk();
        assertThat(conditional).hasStatus(304);
        assertThat(head).hasStatusOk();
        assertThat(head.getResponse().getHeader("ETag")).isEqualTo(page.getResponse().getHeader("ETag"));
    }

    @Test
    void withoutACurrentCopyThePageIsRenderedAgain() {
        mvc.get().uri(CLASS_PAGE).exchange();
        mvc.get().uri(CLASS_PAGE).header("If-None-Match", "\"an-older-copy\"").exchange();

        verify(renderer, times(2)).render(eq("catalog/description"), anyMap(), any(), any());
    }

    @Test
    void searchesAndListingsAreAnsweredNotModifiedWithoutRenderingToo() {
        for (String path : new String[] {"/search?q=training", "/classes?range=a-c", "/classes/codes"}) {
            String etag = mvc.get().uri(path).exchange().getResponse().getHeader("ETag");
            clearInvocations(renderer);

            assertThat(mvc.get().uri(path).header("If-None-Match", etag)).as(path).hasStatus(304);
            verify(renderer, never()).render(any(), anyMap(), any(), any());
        }
    }
}
