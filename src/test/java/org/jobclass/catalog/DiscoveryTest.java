package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Structured data, the sitemap and robots.txt: what search engines and job boards read. */
@ApplicationTest
@Import(CatalogFixtures.class)
class DiscoveryTest {

    private static final String SEED = "/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JsonMapper json;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6611");
    }

    @Test
    void everyClassPageDescribesItsOccupationInSchemaOrgTerms() {
        JsonNode occupation = jsonLd(HtmlPages.get(mvc, SEED));

        assertThat(occupation.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
        assertThat(occupation.get("name").asString()).isEqualTo("Coordinator, Organizational Development, Office of School Support and Well-Being");
        assertThat(occupation.get("alternateName").asString()).isEqualTo("Coordinator");
        assertThat(occupation.get("occupationalCategory").get("codeValue").asString()).isEqualTo("0435");
        assertThat(occupation.get("occupationalCategory").get("inCodeSet").get("name").asString())
                .isEqualTo("Montgomery County Public Schools classification plan");
        assertThat(occupation.get("description").asString()).startsWith("Employed by Montgomery County Public Schools");
        assertThat(occupation.get("skills").asString()).startsWith("Extensive experience and knowledge of");
        assertThat(occupation.get("educationRequirements").asString()).startsWith("Master's degree");
        assertThat(occupation.get("experienceRequirements").asString()).startsWith("Master's degree");
        assertThat(occupation.get("qualifications").asString()).isEqualTo("None");
        assertThat(occupation.get("responsibilities").size()).isEqualTo(8);
        assertThat(occupation.get("occupationLocation").get("name").asString()).isEqualTo("Montgomery County, Maryland");
        assertThat(occupation.get("mainEntityOfPage").get("url").asString()).isEqualTo("http://localhost:8080" + SEED);
        assertThat(occupation.get("mainEntityOfPage").get("datePublished").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertEveryPropertyBelongsToItsType(occupation, "occupation");
    }

    @Test
    void textOfADescriptionCannotCloseTheStructuredDataElement() throws Exception {
        String hostile = "Keeps </script><script>alert('x')</script> & <!-- records -->.";
        fixtures.publish(CatalogFixtures.content("6611", "Script Closing Clerk", hostile));

        MvcTestResult page = mvc.get().uri("/classes/6611/script-closing-clerk").exchange();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document document = HtmlPages.parse(page);

        assertThat(document.select("script")).hasSize(document.select("script[src]").size() + 1);
        assertThat(html).doesNotContain("<script>alert");
        assertThat(jsonLd(document).get("description").asString()).isEqualTo(hostile);
    }

    @Test
    void theSitemapListsEveryPublicClassPageWithWhenItChanged() throws Exception {
        MvcTestResult result = mvc.get().uri("/sitemap.xml").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document sitemap = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        Map<String, String> lastModified = new HashMap<>();
        NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            lastModified.put(url.getElementsByTagNameNS("*", "loc").item(0).getTextContent(),
                    url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent());
        }
        assertThat(lastModified).containsKeys("http://localhost:8080" + SEED, "http://localhost:8080/classes/0435",
                "http://localhost:8080/classes");
        assertThat(lastModified.get("http://localhost:8080" + SEED)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z");
        assertThat(lastModified.keySet()).noneMatch(loc -> loc.contains("/editor") || loc.contains("/admin"));
        assertThat(mvc.get().uri("/sitemap.xml").header(HttpHeaders.IF_NONE_MATCH, result.getResponse().getHeader(HttpHeaders.ETAG))
                .exchange()).hasStatus(304);
    }

    @Test
    void robotsKeepsCrawlersOutOfStaffPagesAndNamesTheSitemap() throws Exception {
        String robots = mvc.get().uri("/robots.txt").exchange().getResponse().getContentAsString();

        assertThat(robots.lines()).contains("User-agent: *", "Disallow: /editor/", "Disallow: /admin/",
                "Sitemap: http://localhost:8080/sitemap.xml");
    }

    private JsonNode jsonLd(Document page) {
        return json.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    /** Each property of each typed object is one schema.org gives that type (see schemaorg/properties.txt). */
    private static void assertEveryPropertyBelongsToItsType(JsonNode node, String where) {
        String type = node.get("@type").asString();
        Set<String> allowed = VOCABULARY.get(type);
        assertThat(allowed).as("schema.org type %s at %s", type, where).isNotNull();
        for (String property : node.propertyNames()) {
            if (property.startsWith("@")) {
                continue;
            }
            assertThat(allowed).as("%s is a property of %s (at %s)", property, type, where).contains(property);
            JsonNode value = node.get(property);
            if (value.isObject()) {
                assertEveryPropertyBelongsToItsType(value, where + "." + property);
            }
        }
    }

    private static final Map<String, Set<String>> VOCABULARY = vocabulary();

    private static Map<String, Set<String>> vocabulary() {
        Map<String, List<String>> declared = new HashMap<>();
        try (InputStream in = DiscoveryTest.class.getResourceAsStream("/schemaorg/properties.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(":", 2);
                declared.put(parts[0].strip(), List.of(parts[1].strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Set<String>> vocabulary = new HashMap<>();
        declared.keySet().forEach(type -> vocabulary.put(type, properties(type, declared)));
        return vocabulary;
    }

    private static Set<String> properties(String type, Map<String, List<String>> declared) {
        Set<String> properties = new HashSet<>();
        for (String entry : new ArrayList<>(declared.get(type))) {
            if (entry.startsWith("@")) {
                properties.addAll(properties(entry.substring(1), declared));
            } else if (!entry.isEmpty()) {
                properties.add(entry);
            }
        }
        return properties;
    }
}
