package org.jobclass.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * A current axe-core (from {@code com.deque.html.axe-core:selenium}) run on the page a browser shows: WCAG 2.0, 2.1 and
 * 2.2 at levels A and AA, and whether visible labels match accessible names (a rule axe still calls experimental, so
 * asked for by name). Also how wide the page is laid out, to catch sideways scrolling on a phone.
 */
public final class Axe {

    private static final String SCRIPT = script();

    private Axe() {
    }

    /** Each rule the shown page breaks, with the elements that break it. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(JavascriptExecutor browser) {
        browser.executeScript(SCRIPT);
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                  rules: {'label-content-name-mismatch': {enabled: true}}})
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
    }

    /** How wide the page is laid out: wider than the screen means sideways scrolling. */
    public static long pageWidth(JavascriptExecutor browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    /** The outermost elements that reach past the screen's right edge, to say what makes a page too wide. */
    public static Object pastTheEdge(JavascriptExecutor browser) {
        return browser.executeScript("""
                const edge = document.documentElement.clientWidth;
                const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > edge + 0.5);
                return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
                           .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                                     + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    private static String script() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core (com.deque.html.axe-core:selenium) is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
