package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from messages.properties: no template shows literal words (the words inside an element
 * whose content Thymeleaf replaces are only the template's placeholder), no labelling attribute is literal, and the
 * scripts take their words from the page.
 */
class UserTextInMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SCRIPTS = Path.of("src/main/resources/static/js");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    /** Attributes whose content replaces an element's words. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace", "th:insert",
            "th:remove");
    /** Attributes users read or hear. */
    private static final Set<String> READ = Set.of("aria-label", "aria-description", "title", "placeholder", "alt",
            "data-confirm", "data-confirm-yes", "data-confirm-no");

    @Test
    void templatesShowNoLiteralWords() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                literals.addAll(literalWords(TEMPLATES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void theGuardFindsLiteralWordsInTextAndAttributes() {
        String template = """
                <main><h1 th:text="#{title}">Placeholder</h1><p>Literal sentence</p>
                <button aria-label="Close it" th:text="#{close}">x</button><input th:placeholder="#{hint}" placeholder="Ok">
                <div th:replace="~{fragments/x :: y}"><p>Replaced</p></div></main>
                """;

        assertThat(literalWords("sample.html", template)).containsExactly(
                "sample.html: text “Literal sentence”", "sample.html: aria-label=“Close it”");
    }

    @Test
    void scriptsTakeTheirWordsFromThePage() throws IOException {
        // A string literal that reads as words: two words with a space, or a word ending a sentence.
        Pattern literal = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
        Pattern words = Pattern.compile("\\p{L} \\p{L}|\\p{L}[.!?…]$");
        Set<String> code = Set.of("use strict", "titles import-results");
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".js")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.strip().startsWith("//")) {
                        continue;
                    }
                    Matcher found = literal.matcher(line);
                    while (found.find()) {
                        if (words.matcher(found.group(1)).find() && !code.contains(found.group(1))) {
                            literals.add(file.getFileName() + ": '" + found.group(1) + "'");
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<String> literalWords(String name, String template) {
        Document document = Jsoup.parse(template);
        List<String> literals = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && WORDS.matcher(text.text()).find() && !replaced(node)) {
                literals.add(name + ": text “" + text.text().strip() + "”");
            }
            if (node instanceof Element element && !replaced(element.parent())) {
                for (Attribute attribute : element.attributes()) {
                    if (READ.contains(attribute.getKey()) && WORDS.matcher(attribute.getValue()).find()
                            && !element.hasAttr("th:" + attribute.getKey()) && !setByThAttr(element, attribute.getKey())) {
                        literals.add(name + ": " + attribute.getKey() + "=“" + attribute.getValue() + "”");
                    }
                }
            }
        }, document);
        return literals;
    }

    /**
     * Whether Thymeleaf replaces this node's words: it or an element around it has its content replaced. A page's own
     * {@code <html>} is replaced by the layout, which shows the page's {@code <main>}: that does not count.
     */
    private static boolean replaced(Node node) {
        for (Node at = node instanceof TextNode ? node.parent() : node; at instanceof Element element; at = at.parent()) {
            if (!element.tagName().equals("html") && element.attributes().asList().stream().anyMatch(attribute -> REPLACING.contains(attribute.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean setByThAttr(Element element, String attribute) {
        return element.hasAttr("th:attr") && element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(attribute) + "\\s*=.*");
    }
}
