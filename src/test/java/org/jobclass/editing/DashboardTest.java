package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
    OfficialClassService officialClasses;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void removeAdded() {
        fixtures.deleteEverythingUnder("6711", "6712", "6713", "0671");
    }

    @Test
    void descriptionsComeFiftyAPageSortedByAnyColumnEitherWay() {
        for (int i = 0; i < 55; i++) {
            fixtures.save("6711", String.format("Paged Clerk %02d", i), DescriptionStatus.DRAFT);
        }

        Document first = HtmlPages.get(mvc, "/editor?q=paged&sort=title");
        Document second = HtmlPages.get(mvc, "/editor?q=paged&sort=title&page=2");
        Document beyond = HtmlPages.get(mvc, "/editor?q=paged&sort=title&page=3");
        Document descending = HtmlPages.get(mvc, "/editor?q=paged&sort=title&dir=desc");
        Document byRelevance = HtmlPages.get(mvc, "/editor?q=paged&page=2");

        assertThat(first.selectFirst(".count").text()).isEqualTo("55 descriptions");
        assertThat(titles(first)).hasSize(50).first().isEqualTo("Paged Clerk 00");
        assertThat(second.selectFirst(".count").text()).isEqualTo("55 descriptions");
        assertThat(titles(second)).containsExactly("Paged Clerk 50", "Paged Clerk 51", "Paged Clerk 52", "Paged Clerk 53",
                "Paged Clerk 54");
        assertThat(beyond.selectFirst(".count").text()).isEqualTo("55 descriptions");
        assertThat(titles(beyond)).isEmpty();
        assertThat(first.select(".pager a").eachAttr("href")).contains("/editor?q=paged&sort=title&page=2");
        assertThat(titles(descending)).first().isEqualTo("Paged Clerk 54");
        assertThat(first.selectFirst("th[aria-sort=ascending] a").text()).isEqualTo("Job title");
        assertThat(first.selectFirst("th[aria-sort=ascending] a").attr("href")).isEqualTo("/editor?q=paged&sort=title&dir=desc");
        assertThat(first.selectFirst(".sort-order a").attr("href")).isEqualTo("/editor?q=paged");
        assertThat(descending.selectFirst("th[aria-sort=descending] a").text()).isEqualTo("Job title");
        assertThat(byRelevance.selectFirst(".count").text()).isEqualTo("55 descriptions");
        assertThat(titles(byRelevance)).as("equally relevant, in title order").containsExactly("Paged Clerk 50",
                "Paged Clerk 51", "Paged Clerk 52", "Paged Clerk 53", "Paged Clerk 54");
        assertThat(byRelevance.select("th[aria-sort=ascending], th[aria-sort=descending]")).isEmpty();
        assertThat(byRelevance.select(".pager a").eachAttr("href")).contains("/editor?q=paged");
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

    /**
     * Three working copies under one code: a draft whose duties speak of herons, a published description whose unpublished
     * summary does, and a retired one with herons in its title.
     */
    private void heronKeepers() {
        editing.create(heronContent("Aviary Keeper", "Keeps the aviary.",
                List.of("Feeds the herons and cleans the aviary.", "Orders grain.")), "dashboard-editor");
        long published = fixtures.publish(heronContent("Marsh Warden", "Keeps the marsh paths.", List.of("Mends the fences.")));
        DescriptionContent content = editing.summary(published).content();
        editing.save(published, heronContent("Marsh Warden", "Counts the nesting herons of the marsh.", content.duties()),
                editing.summary(published).version(), "dashboard-editor");
        long retired = fixtures.publish(heronContent("Heron Keeper", "Keeps the heronry.", List.of("Rings the chicks.")));
        editing.retire(retired, "dashboard-editor");
    }

    private static DescriptionContent heronContent(String title, String summary, List<String> duties) {
        return new DescriptionContent("Official 6713", "6713", null, title, "15", 12, summary, Map.of(), false, duties,
                null, List.of(), null);
    }

    @Test
    void wordsAreFoundInEveryFieldOfEveryWorkingCopyWhateverItsStatusTitlesFirst() {
        heronKeepers();

        Document herons = dashboard("q", "heron");

        assertThat(titles(herons)).containsExactly("Heron Keeper", "Marsh Warden", "Aviary Keeper");
        assertThat(herons.selectFirst(".count").text()).isEqualTo("3 descriptions");
        assertThat(herons.selectFirst(".sort-order").text()).startsWith("Sorted by relevance");
        assertThat(titles(dashboard("q", "heron", "sort", "title"))).containsExactly("Aviary Keeper", "Heron Keeper",
                "Marsh Warden");
        assertThat(titles(dashboard("q", "feeding grain"))).as("stemmed, in the duties").containsExactly("Aviary Keeper");
        assertThat(titles(dashboard("q", "fences"))).as("the duties as saved, published or not")
                .containsExactly("Marsh Warden");
        assertThat(titles(dashboard("q", "paths"))).as("the summary saved since, not the one published").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from working_copy_document where stale", Integer.class)).isZero();
    }

    @Test
    void phrasesLeftOutWordsTyposAndCodesWorkAsInThePublicSearch() {
        heronKeepers();
        fixtures.save("0671", "Lamplighter", DescriptionStatus.DRAFT);

        assertThat(titles(dashboard("q", "\"cleans the aviary\""))).containsExactly("Aviary Keeper");
        assertThat(titles(dashboard("q", "\"aviary cleans\""))).isEmpty();
        assertThat(titles(dashboard("q", "keeper -grain"))).containsExactly("Heron Keeper");
        assertThat(titles(dashboard("q", "heron -nesting"))).containsExactly("Heron Keeper", "Aviary Keeper");
        assertThat(titles(dashboard("q", "aviarry"))).as("a typo").containsExactly("Aviary Keeper");
        assertThat(titles(dashboard("q", "marsh wardn"))).as("a typo beside a word").containsExactly("Marsh Warden");
        assertThat(titles(dashboard("q", "6713", "sort", "title"))).containsExactly("Aviary Keeper", "Heron Keeper",
                "Marsh Warden");
        assertThat(titles(dashboard("q", "0671"))).containsExactly("Lamplighter");
        assertThat(titles(dashboard("q", "671"))).as("a code without its leading zero").containsExactly("Lamplighter");
    }

    @Test
    void whatIsFoundFollowsEverySaveAndEveryChangeOfTheOfficialTitle() {
        heronKeepers();
        long draft = jdbc.queryForObject("select id from class_description where working_title = 'Aviary Keeper'", Long.class);
        editing.save(draft, heronContent("Aviary Keeper", "Keeps the aviary.", List.of("Orders grain.")),
                editing.summary(draft).version(), "dashboard-editor");
        officialClasses.rename("6713", "Keeper of Birds", officialClasses.find("6713").version(), "dashboard-editor");

        assertThat(titles(dashboard("q", "heron"))).as("a duty removed").containsExactly("Heron Keeper", "Marsh Warden");
        assertThat(titles(dashboard("q", "birds", "sort", "title"))).as("the official title renamed")
                .containsExactly("Aviary Keeper", "Heron Keeper", "Marsh Warden");
        assertThat(jdbc.queryForObject("select count(*) from working_copy_document where stale", Integer.class)).isZero();
    }

    @Test
    void wordsCombineWithTheOtherFilters() {
        heronKeepers();

        assertThat(titles(dashboard("q", "heron", "status", "DRAFT"))).containsExactly("Aviary Keeper");
        assertThat(titles(dashboard("q", "heron", "status", "RETIRED"))).containsExactly("Heron Keeper");
        assertThat(titles(dashboard("q", "heron", "pending", "true"))).containsExactly("Marsh Warden", "Aviary Keeper");
        assertThat(titles(dashboard("q", "heron", "grade", "15", "status", "PUBLISHED"))).containsExactly("Marsh Warden");
        assertThat(titles(dashboard("q", "heron", "grade", "99"))).isEmpty();
        assertThat(titles(dashboard("q", "aviarry", "status", "PUBLISHED"))).as("a typo, filtered").isEmpty();
        assertThat(titles(dashboard("q", "heron", "review", "NEVER", "sort", "title"))).containsExactly("Aviary Keeper",
                "Marsh Warden");
    }

    @Test
    void oddWordsNeverFailThePage() {
        heronKeepers();
        List<String> odd = List.of("x".repeat(5_000), "heron ".repeat(400), "!!!", "&|!:*", "heron & | ! : *", "heron:*",
                "\"heron", "heron\"", "\"\"", "\"", "-", "--heron", "-\"", "or", "heron or", "or or -", "(((", "')--",
                "\\", "<%", "%", "heron\u0007keeper", "\u200b", "\uD83D", "\uD83D\uDE00", "é", "a b c d e f g h i j k l m n",
                "!heron", "heron <-> keeper", "1e9999", "00000000000000000000");

        for (String words : odd) {
            var result = mvc.get().uri("/editor").param("q", words).exchange();
            assertThat(result.getResponse().getStatus()).as(words).isEqualTo(200);
            assertThat(HtmlPages.parse(result).selectFirst(".count")).as(words).isNotNull();
        }
        assertThat(titles(dashboard("q", "!!!"))).isEmpty();
        assertThat(titles(dashboard("q", "\"heron"))).as("an unbalanced quote")
                .containsExactly("Heron Keeper", "Marsh Warden", "Aviary Keeper");
        assertThat(titles(dashboard("q", "heron & | ! : *"))).as("operators are only punctuation")
                .containsExactly("Heron Keeper", "Marsh Warden", "Aviary Keeper");
        assertThat(mvc.get().uri("/editor").param("q", "heron\u0000")).as("refused before the application").hasStatus(400);
        assertThat(mvc.get().uri("/editor").param("q", "heron").param("page", "99999999999")).hasStatus(400);
        assertThat(mvc.get().uri("/editor").param("q", "heron").param("page", "2147483647")).hasStatusOk();
    }

    /** The dashboard for these parameters, as its form sends them. */
    private Document dashboard(String... namesAndValues) {
        return HtmlPages.get(mvc, "/editor", namesAndValues);
    }

    private static List<String> titles(Document page) {
        return page.select("table.dashboard tbody td:nth-child(2) a").eachText();
    }
}
