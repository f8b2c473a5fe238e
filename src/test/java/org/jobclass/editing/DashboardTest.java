package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The editors' dashboard pages, sorts and filters in the database, whatever the size of the plan. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "dashboard-editor", roles = "EDITOR")
class DashboardTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    EditingService editing;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6711", "6712");
    }

    @Test
    void descriptionsComeFiftyAPageSortedByAnyColumnEitherWay() {
        for (int i = 0; i < 55; i++) {
            fixtures.save("6711", String.format("Paged Clerk %02d", i), DescriptionStatus.DRAFT);
        }

        Document first = HtmlPages.get(mvc, "/editor?q=paged");
        Document second = HtmlPages.get(mvc, "/editor?q=paged&page=2");
        Document descending = HtmlPages.get(mvc, "/editor?q=paged&sort=title&dir=desc");

        assertThat(first.selectFirst(".count").text()).isEqualTo("55 descriptions");
        assertThat(titles(first)).hasSize(50).first().isEqualTo("Paged Clerk 00");
        assertThat(titles(second)).containsExactly("Paged Clerk 50", "Paged Clerk 51", "Paged Clerk 52", "Paged Clerk 53",
                "Paged Clerk 54");
        assertThat(first.select(".pager a").eachAttr("href")).contains("/editor?q=paged&page=2");
        assertThat(titles(descending)).first().isEqualTo("Paged Clerk 54");
        assertThat(first.selectFirst("th[aria-sort=ascending] a").text()).isEqualTo("Job title");
        assertThat(first.selectFirst("th[aria-sort=ascending] a").attr("href")).isEqualTo("/editor?q=paged&sort=title&dir=desc");
        assertThat(descending.selectFirst("th[aria-sort=descending] a").text()).isEqualTo("Job title");
        assertThat(mvc.get().uri("/editor?sort=nonsense")).hasStatus(400);
    }

    @Test
    void waitingToBePublishedListsDraftsAndPublishedOnesWithUnpublishedChangesAndGradeFilters() {
        fixtures.save("6712", "Pending Draft Clerk", DescriptionStatus.DRAFT);
        long published = fixtures.publish(CatalogFixtures.content("6712", "Pending Changed Clerk", "Keeps records."));
        fixtures.publish(CatalogFixtures.content("6712", "Pending Unchanged Clerk", "Keeps records."));
        DescriptionContent content = editing.summary(published).content();
        editing.save(published, new DescriptionContent(content.officialTitle(), content.code(), content.sqOq(),
                content.workingTitle(), content.grade(), content.months(), "Keeps changed records.", content.qualifications(),
                content.overtimeEligible(), content.duties(), content.classEstablished(), content.revisionDates(),
                content.lastReviewed()), editing.summary(published).version(), "dashboard-editor");

        List<String> pending = titles(HtmlPages.get(mvc, "/editor?pending=true&q=pending"));
        List<String> byGrade = titles(HtmlPages.get(mvc, "/editor?grade=15&q=pending"));
        List<String> otherGrade = titles(HtmlPages.get(mvc, "/editor?grade=99&q=pending"));

        assertThat(pending).containsExactlyInAnyOrder("Pending Draft Clerk", "Pending Changed Clerk");
        assertThat(byGrade).contains("Pending Changed Clerk", "Pending Unchanged Clerk");
        assertThat(otherGrade).isEmpty();
    }

    @Test
    void retiringAndPublishingManyAskFirstAndDoNothingUntilConfirmed() {
        long id = fixtures.publish(CatalogFixtures.content("6712", "Confirmed Clerk", "Keeps confirmed records."));

        Document asked = HtmlPages.parse(mvc.post().uri("/editor/descriptions/" + id + "/retire")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).exchange());
        Document askedMany = HtmlPages.parse(mvc.post().uri("/editor/descriptions/publish")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("ids", "1", "2").param("overrideReason", "Why not").exchange());

        assertThat(asked.selectFirst("h1").text()).isEqualTo("Retire “Confirmed Clerk”?");
        assertThat(asked.select("main form input[name=confirmed]").val()).isEqualTo("true");
        assertThat(asked.selectFirst("main form").attr("action")).isEqualTo("/editor/descriptions/" + id + "/retire");
        assertThat(jdbc.queryForObject("select status from class_description where id = ?", String.class, id)).isEqualTo("PUBLISHED");
        assertThat(askedMany.selectFirst("h1").text()).isEqualTo("Publish the 2 chosen descriptions?");
        assertThat(askedMany.select("main form input[name=ids]").eachAttr("value")).containsExactly("1", "2");
        assertThat(askedMany.select("main form input[name=overrideReason]").val()).isEqualTo("Why not");
    }

    private static List<String> titles(Document page) {
        return page.select("table.dashboard tbody td:nth-child(2) a").eachText();
    }
}
