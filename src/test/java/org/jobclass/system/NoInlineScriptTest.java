package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Content-Security-Policy allows no inline script, so no template may carry one. */
class NoInlineScriptTest {

    /** A script element without src, unless it is a JSON-LD data block (never run); an event handler; a javascript: link. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc=)(?![^>]*\\btype=\"application/ld\\+json\")|\\son[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptOrEventHandlers() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            templates = files.filter(file -> file.toString().endsWith(".html")).toList();
        }

        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            assertThat(INLINE_SCRIPT.matcher(Files.readString(template)).find()).as("inline script in %s", template).isFalse();
        }
    }
}
