package org.jobclass.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.EditingService;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feeds of changes, read as a feed reader reads them. Every change commits, as in production. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "feed-editor", roles = "EDITOR")
class ChangesFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6621");
    }

    @Test
    void publicationsWithTheirSectionsRetirementsAndRestorationsAreFedNewestFirst() throws Exception {
        long id = fixtures.publish(CatalogFixtures.content("6621", "Feed Clerk", "Keeps the first records."));
        var summary = editing.summary(id);
        DescriptionContent first = summary.content();
        editing.saveAndPublish(id, new DescriptionContent(first.officialTitle(), first.code(), first.sqOq(), first.workingTitle(),
                first.grade(), first.months(), "Keeps the second records.", first.qualifications(), first.overtimeEligible(),
                first.duties(), first.classEstablished(), first.revisionDates(), first.lastReviewed()),
                summary.version(), "a staff note", org.jobclass.editing.PublishConfirmation.overriding("Checked by the test"), "feed-editor");
        editing.retire(id, "feed-editor");
        editing.restore(id, "feed-editor");

        Document plan = atom("/changes.atom");
        Document ofClass = atom("/classes/6621/feed-clerk/changes.atom");

        assertThat(text(plan.getDocumentElement(), "title")).isEqualTo("Montgomery County Public Schools: changes to the class descriptions");
        assertThat(entryTitles(ofClass)).containsExactly("Feed Clerk (6621): restored", "Feed Clerk (6621): retired",
                "Feed Clerk (6621): revision 2 published", "Feed Clerk (6621): revision 1 published");
        assertThat(entryTitles(plan)).startsWith("Feed Clerk (6621): restored", "Feed Clerk (6621): retired",
                "Feed Clerk (6621): revision 2 published");
        Element second = entries(ofClass).get(2);
        assertThat(text(second, "summary")).isEqualTo("Sections changed: SUMMARY DESCRIPTION OF CLASSIFICATION.");
        assertThat(((Element) second.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://localhost:8080/classes/6621/feed-clerk");
        assertThat(text(entries(ofClass).get(3), "summary")).isEqualTo("First publication.");
        String whole = new String(mvc.get().uri("/classes/6621/feed-clerk/changes.atom").exchange().getResponse().getContentAsByteArray());
        assertThat(whole).doesNotContain("a staff note").doesNotContain("feed-editor");
    }

    @Test
    void everyFeedAndEntryHasWhatAtomRequires() throws Exception {
        fixtures.publish(CatalogFixtures.content("6621", "Feed Typist", "Types."));

        Document plan = atom("/changes.atom");

        Element feed = plan.getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(feed, "id")).isEqualTo("http://localhost:8080/changes.atom");
        assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z");
        assertThat(text((Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name")).isNotBlank();
        List<String> ids = new ArrayList<>();
        for (Element entry : entries(plan)) {
            ids.add(text(entry, "id"));
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(text(entry, "id")).startsWith("tag:localhost,2020:change/");
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void aClassNeverPublishedHasNoFeed() {
        assertThat(mvc.get().uri("/classes/6621/never-published/changes.atom")).hasStatus(404);
    }

    private Document atom(String path) throws Exception {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<Element> entries(Document feed) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            entries.add((Element) nodes.item(i));
        }
        return entries;
    }

    private static List<String> entryTitles(Document feed) {
        return entries(feed).stream().map(entry -> text(entry, "title")).toList();
    }

    private static String text(Element parent, String name) {
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                return element.getTextContent();
            }
        }
        return null;
    }
}
