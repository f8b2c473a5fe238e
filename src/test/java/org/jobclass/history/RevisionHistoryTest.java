package org.jobclass.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every publication is kept; staff compare and restore them, the public sees when and where they changed. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "historian", roles = "EDITOR")
class RevisionHistoryTest {

    private static final String PUBLIC_PAGE = "/classes/6001/archivist";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    ClassDescriptionRepository descriptions;

    long id;

    @AfterEach
    void removeFixtures() {
        for (String code : new String[] {"6001", "6002", "6003"}) {
            fixtures.deleteEverythingUnder(code);
        }
    }

    @BeforeEach
    void aDescriptionPublishedTwice() {
        id = fixtures.published("6001", "Archivist").getId();
        saveSummary("Performs the work of an Archivist who keeps records.");
        publish("Summary rewritten after the review.");
    }

    @Test
    void theStaffHistoryListsEveryPublicationNewestFirstWithWhoWhenAndWhy() {
        Document history = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/history");

        assertThat(history.select("tr.revision td:first-child").eachText()).containsExactly("2", "1");
        assertThat(history.select("tr.revision td:nth-child(4)").eachText()).containsExactly("Summary rewritten after the review.");
        assertThat(history.select("tr.revision").get(0).text()).contains("by historian",
                "Sections changed: SUMMARY DESCRIPTION OF CLASSIFICATION");
        assertThat(history.select("tr.revision").get(1).text()).contains("First publication");
    }

    @Test
    void twoRevisionsAreComparedSectionBySectionWithTheChangedWordsMarked() {
        Document comparison = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/compare?from=1&to=2");

        assertThat(comparison.select("tr.section.changed th").eachText()).containsExactly("SUMMARY DESCRIPTION OF CLASSIFICATION:");
        var summary = comparison.selectFirst("tr.section.changed");
        assertThat(summary.select("td").get(0).text()).isEqualTo("Performs the work of a Archivist.");
        assertThat(summary.select("td").get(1).text()).isEqualTo("Performs the work of an Archivist who keeps records.");
        assertThat(summary.select("del").eachText()).containsExactly("a", "Archivist.");
        assertThat(summary.select("ins").eachText()).first().isEqualTo("an");
        assertThat(String.join(" ", summary.select("ins").eachText())).endsWith("who keeps records.");
        assertThat(summary.select("td").get(0).select("span").eachText()).contains("Performs the work of");
        assertThat(comparison.select("tr.section:not(.changed)")).hasSizeGreaterThan(5);
    }

    @Test
    void aPastRevisionIsRestoredAsUnpublishedChangesLeavingThePublicPageAlone() {
        Document confirmation = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/revisions/1/restore");
        assertThat(confirmation.select("tr.section.changed th").eachText()).containsExactly("SUMMARY DESCRIPTION OF CLASSIFICATION:");
        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/revisions/1/restore").with(csrf())
                .param("version", confirmation.selectFirst("input[name=version]").val())).hasStatus(302);

        ClassDescription restored = descriptions.findById(id).orElseThrow();
        assertThat(restored.getSummary()).isEqualTo("Performs the work of a Archivist.");
        assertThat(restored.hasUnpublishedChanges()).isTrue();
        assertThat(restored.getStatus()).isEqualTo(DescriptionStatus.PUBLISHED);
        assertThat(HtmlPages.get(mvc, PUBLIC_PAGE).selectFirst("[data-field=summary]").text())
                .isEqualTo("Performs the work of an Archivist who keeps records.");
    }

    @Test
    void restoringAsksFirstAndSaysWhichUnpublishedChangesItWouldReplace() {
        saveSummary("An unpublished rewrite by the team.");

        Document confirmation = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/revisions/1/restore");

        assertThat(confirmation.selectFirst("main .alert.warning").text()).contains("not published", "historian");
        assertThat(confirmation.selectFirst("tr.section.changed td").text()).isEqualTo("An unpublished rewrite by the team.");
        assertThat(descriptions.findById(id).orElseThrow().getSummary()).as("looking changes nothing")
                .isEqualTo("An unpublished rewrite by the team.");
    }

    @Test
    void aRestoreConfirmedForAnOlderWorkingCopyIsRefusedAndShownAgain() {
        String seen = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/revisions/1/restore")
                .selectFirst("input[name=version]").val();
        saveSummary("Saved by a colleague after the confirmation page was opened.");

        var refused = mvc.post().uri("/editor/descriptions/" + id + "/revisions/1/restore").with(csrf()).param("version", seen);

        assertThat(refused).hasStatus(302).hasRedirectedUrl("/editor/descriptions/" + id + "/revisions/1/restore");
        assertThat(descriptions.findById(id).orElseThrow().getSummary())
                .isEqualTo("Saved by a colleague after the confirmation page was opened.");
    }

    @Test
    void aNoteTypedWithADraftIsKeptForItsPublication() {
        ClassDescription description = descriptions.findComplete(id).orElseThrow();
        assertThat(mvc.post().uri("/editor/descriptions/" + id).with(csrf())
                .param("version", String.valueOf(description.getVersion()))
                .param("code", "6001").param("officialTitle", "Official 6001").param("workingTitle", "Archivist")
                .param("grade", "15").param("months", "10").param("summary", "Keeps the archives in order.")
                .param("duties[0]", "Performs related work as required.")
                .param("note", "Summary shortened for the 2027 review.")).hasStatus(302);
        assertThat(HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview").selectFirst("input#note").val())
                .isEqualTo("Summary shortened for the 2027 review.");

        publish("");

        assertThat(HtmlPages.get(mvc, "/editor/descriptions/" + id + "/history").select("tr.revision td:nth-child(4)")
                .eachText()).first().isEqualTo("Summary shortened for the 2027 review.");
        assertThat(descriptions.findById(id).orElseThrow().getPublicationNote()).isNull();
    }

    @Test
    void thePublicHistoryShowsWhenAndWhichSectionsChangedButNoNotesOrNames() {
        Document history = HtmlPages.get(mvc, PUBLIC_PAGE + "/history");

        assertThat(history.select("tr.revision")).hasSize(2);
        assertThat(history.select("tr.revision td:nth-child(3)").eachText()).containsExactly(
                "Sections changed: SUMMARY DESCRIPTION OF CLASSIFICATION", "First publication");
        assertThat(history.text()).doesNotContain("Summary rewritten after the review.", "historian", "fixture");
        assertThat(HtmlPages.get(mvc, PUBLIC_PAGE).select(".downloads a").eachAttr("href"))
                .containsExactly(PUBLIC_PAGE + ".txt", PUBLIC_PAGE + ".pdf", PUBLIC_PAGE + "/history",
                        PUBLIC_PAGE + "/changes.atom", "/classes/compare?left=" + PUBLIC_PAGE.substring("/classes/".length()));
    }

    @Test
    void draftsHaveNoPublicHistoryButARetiredDescriptionKeepsItsOwn() {
        fixtures.save("6002", "Draft Archivist", DescriptionStatus.DRAFT);
        fixtures.save("6003", "Retired Archivist", DescriptionStatus.RETIRED);

        assertThat(mvc.get().uri("/classes/6002/draft-archivist/history")).hasStatus(404);
        assertThat(mvc.get().uri("/classes/6002/draft-archivist/revisions/1")).hasStatus(404);
        assertThat(mvc.get().uri("/classes/6003/retired-archivist/history")).hasStatusOk();
        assertThat(mvc.get().uri("/editor/descriptions/" + id + "/compare?from=1&to=9")).hasStatus(404);
    }

    private void saveSummary(String summary) {
        ClassDescription description = descriptions.findComplete(id).orElseThrow();
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf())
                .param("version", String.valueOf(description.getVersion()))
                .param("code", "6001").param("officialTitle", "Official 6001").param("workingTitle", "Archivist")
                .param("grade", "15").param("months", "10").param("summary", summary)
                .param("duties[0]", "Performs related work as required.");
        assertThat(request).hasStatus(302);
    }

    private void publish(String note) {
        long version = descriptions.findById(id).orElseThrow().getVersion();
        assertThat(mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf()).param("overrideReason", "Checked by the test")
                .param("version", String.valueOf(version)).param("note", note)).hasStatus(302);
    }
}
