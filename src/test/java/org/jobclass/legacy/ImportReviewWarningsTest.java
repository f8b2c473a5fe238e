package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the review of an import warns about before anything is written: pages cut off before their end, two pages of
 * one batch that would be one description, what an update changes, and dates the description could not have. Every
 * request commits, as in production.
 */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "importer", roles = "EDITOR")
class ImportReviewWarningsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImported() {
        fixtures.deleteEverythingUnder("2236", "5410", "5416");
    }

    @Test
    void aCutOffPageIsFlaggedInTheReviewAndOnTheDashboardAndIsPublishedOnlyWithAnAuditedConfirmation() {
        String whole = LegacyPageParserTest.resource("/legacy/repeated-labels.txt");
        String cut = whole.substring(0, whole.indexOf("Prepares attendance") + "Prepares att".length());

        Document review = ImportRequests.review(mvc, List.of("cut.txt", "whole.txt"),
                List.of(cut, LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt")));

        assertThat(review.selectFirst("#cut-off-summary").text()).startsWith("One page looks cut off");
        List<Element> pages = review.select(".import-page");
        assertThat(pages.get(0).selectFirst(".cut-off strong").text()).isEqualTo("This page looks cut off after"
                + " “…RESPONSIBILITIES: Enters and verifies student data. Prepares att”, in EXAMPLES OF DUTIES AND RESPONSIBILITIES.");
        assertThat(pages.get(0).select(".cut-off li").eachText()).containsExactly(
                "It stops in the middle of a sentence or a word.",
                "It has no closing notice (“This description may be changed at any time.”).",
                "It has no Class Established line.");
        assertThat(pages.get(1).select(".cut-off")).isEmpty();

        ImportRequests.confirm(mvc, review);
        long id = idOf("2236", "Instructional Data Assistant");
        assertThat(jdbc.queryForObject("select looks_cut_off_after from class_description where id = ?", String.class, id))
                .endsWith("Prepares att");
        Element row = HtmlPages.get(mvc, "/editor").selectFirst("tr:has(a[href=/editor/descriptions/" + id + "/edit])");
        assertThat(row.selectFirst(".cut-off").text()).isEqualTo("imported from a page that looks cut off");
        Document preview = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/preview");
        assertThat(preview.selectFirst(".alert.cut-off").text()).contains("looks cut off after “", "Prepares att”");

        MvcTestResult unconfirmed = mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf()).param("overrideReason", "Checked by the test")
                .param("version", String.valueOf(version(id))).exchange();
        assertThat(unconfirmed).hasStatus(302).flash().containsKey("failure");
        MvcTestResult selected = mvc.post().uri("/editor/descriptions/publish").with(csrf()).param("overrideReason", "Checked by the test").param("confirmed", "true").param("ids", String.valueOf(id)).exchange();
        assertThat(selected).flash().containsEntry("success", "Nothing was published.");
        assertThat(selected).flash().containsEntry("failure", "One description was not published because imported from"
                + " pages that look cut off: Instructional Data Assistant. Open each, check its text and publish it from its preview.");
        assertThat(status(id)).isEqualTo("DRAFT");

        MvcTestResult confirmed = mvc.post().uri("/editor/descriptions/" + id + "/publish").with(csrf()).param("overrideReason", "Checked by the test")
                .param("version", String.valueOf(version(id))).param("confirmComplete", "true").exchange();

        assertThat(confirmed).hasStatus(302).flash().containsEntry("success", "The description is published.");
        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(jdbc.queryForObject("select looks_cut_off_after from class_description where id = ?", String.class, id)).isNull();
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'DESCRIPTION_CONFIRMED_COMPLETE'"
                + " and subject_id = ? and actor = 'importer'", String.class, id)).contains("cut off after", "Prepares att");
    }

    @Test
    void savingAndPublishingACutOffDraftWithoutConfirmingSavesNothingAndKeepsTheTypedText() {
        String whole = LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt");
        ImportRequests.reviewAndConfirm(mvc, List.of("cut.txt"), List.of(whole.substring(0, whole.indexOf("Class Established"))));
        long id = idOf("5416", "Media Assistant");
        Document form = HtmlPages.get(mvc, "/editor/descriptions/" + id + "/edit");
        var request = mvc.post().uri("/editor/descriptions/" + id).with(csrf()).param("action", "publish");
        for (Element field : form.select("form.description-form input[name]:not([type=radio]):not([type=checkbox]), form.description-form textarea[name]")) {
            String typed = field.attr("name").equals("summary") ? "Supports the school library media program, completed by hand."
                    : field.attr("name").equals("overrideReason") ? "Checked by the test"
                    : field.tagName().equals("textarea") ? field.text() : field.val();
            request.param(field.attr("name"), typed);
        }

        Document refused = HtmlPages.parse(request.exchange());

        assertThat(refused.selectFirst("#confirmComplete-error").text()).startsWith("This description was imported from a page that looks cut off");
        assertThat(refused.selectFirst("textarea[name=summary]").text()).isEqualTo("Supports the school library media program, completed by hand.");
        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select summary from class_description where id = ?", String.class, id))
                .isEqualTo("Supports the school library media program under the direction of the media specialist.");
    }

    @Test
    void twoPagesOfOneBatchWithTheSameCodeAndWorkingTitleAreFlaggedAndOnlyTheChosenOneIsImported() {
        String first = LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt");
        String second = first.replace("Lifting carts of books.", "Lifting heavy carts of books.");

        Document review = ImportRequests.review(mvc, List.of("media.txt", "media-copy.txt"), List.of(first, second));

        assertThat(review.selectFirst("#repeated-summary")).isNotNull();
        List<Element> pages = review.select(".import-page");
        assertThat(pages.get(0).selectFirst(".repeated").text()).startsWith("Same code and working title as media-copy.txt");
        assertThat(pages.get(1).selectFirst(".repeated").text()).startsWith("Same code and working title as media.txt");
        assertThat(pages.get(0).selectFirst("input[name=page]").hasAttr("checked")).isTrue();
        assertThat(pages.get(1).selectFirst("input[name=page]").hasAttr("checked")).isFalse();

        pages.get(0).selectFirst("input[name=page]").removeAttr("checked");
        pages.get(1).selectFirst("input[name=page]").attr("checked", "checked");
        Document results = ImportRequests.confirm(mvc, review);

        assertThat(results.select("tr.import-result td").eachText()).first().isEqualTo("media-copy.txt");
        assertThat(jdbc.queryForObject("select count(*) from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = '5416'", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select q.text from qualification_standard q where q.description_id = ?"
                + " and q.kind = 'PHYSICAL_DEMANDS'", String.class, idOf("5416", "Media Assistant"))).isEqualTo("Lifting heavy carts of books.");
    }

    @Test
    void choosingBothPagesOfADuplicateImportsTheFirstAndSaysWhyTheSecondWasNot() {
        String page = LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt");
        Document review = ImportRequests.review(mvc, List.of("a.txt", "b.txt"), List.of(page, page.replace("None.", "Not required.")));
        review.select(".import-page input[name=page]").forEach(box -> box.attr("checked", "checked"));

        Document results = ImportRequests.confirm(mvc, review);

        assertThat(results.select("tr.import-result .outcome").eachText()).containsExactly("Created as a draft", "Failed");
        assertThat(results.select("tr.import-result").get(1).text()).contains("was created after the review (by another page of this import");
    }

    @Test
    void theReviewOfAnUpdateShowsTheWordsItChangesAndTheDatesItCannotHave() {
        String page = LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt");
        ImportRequests.reviewAndConfirm(mvc, List.of("media.txt"), List.of(page));
        String changed = page.replace("Lifting carts of books.", "Lifting heavy carts of books.");
        String future = LegacyPageParserTest.resource("/legacy/bus-operator.txt").replaceAll("Class Established: .*", "Class Established: 1/2999");

        Document review = ImportRequests.review(mvc, List.of("media.txt", "future.txt"), List.of(changed, future));

        List<Element> pages = review.select(".import-page");
        assertThat(pages.get(0).select("table.comparison tr.section th").eachText()).containsExactly("PHYSICAL DEMANDS:");
        assertThat(pages.get(0).select("table.comparison ins").eachText()).containsExactly("heavy");
        assertThat(pages.get(1).selectFirst("h2").text()).endsWith("cannot be imported");
        assertThat(pages.get(1).select(".reasons li").eachText()).singleElement().asString().containsIgnoringCase("future");
    }

    @Test
    void aUtf16FileIsReadAndAStrayByteInAUtf8FileIsRepairedAndMentioned() {
        String page = LegacyPageParserTest.resource("/legacy/mixed-case-labels.txt");
        byte[] utf8 = page.replace("Media Assistant Grade", "Media Assistant’s Grade").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] stray = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, stray, 0, 20);
        stray[20] = (byte) 0x92;
        System.arraycopy(utf8, 20, stray, 21, utf8.length - 20);
        byte[] utf16 = ("\uFEFF" + page).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        Document review = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("files", "stray.txt", "text/plain", stray))
                .file(new org.springframework.mock.web.MockMultipartFile("files", "utf16.txt", "text/plain", utf16))
                .exchange());

        List<Element> pages = review.select(".import-page");
        assertThat(pages.get(0).select(".notes li").eachText()).containsExactly("One byte of this file was not UTF-8 like"
                + " the rest and was read as Windows-1252: check the characters around quotes and accents.");
        assertThat(pages.get(0).select(".fields dd").eachText()).contains("Media Assistant’s");
        assertThat(pages.get(1).selectFirst("h2").text()).isEqualTo("utf16.txt will be created as a draft");
        assertThat(pages.get(1).select(".notes")).isEmpty();
    }

    private long idOf(String code, String workingTitle) {
        return jdbc.queryForObject("select d.id from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ? and d.working_title = ?", Long.class, code, workingTitle);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from class_description where id = ?", Long.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from class_description where id = ?", String.class, id);
    }
}
