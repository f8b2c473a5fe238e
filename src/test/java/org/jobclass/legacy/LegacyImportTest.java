package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobclass.catalog.CatalogFixtures;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.ClassDescriptionRepository;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.testing.ApplicationTest;
import org.jobclass.testing.HtmlPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/** Editors import legacy pages: review first, then drafts; bad files get a clear message, never an error page. */
@ApplicationTest
@Import(CatalogFixtures.class)
@WithMockUser(username = "importer", roles = "EDITOR")
class LegacyImportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ClassDescriptionRepository descriptions;

    @Autowired
    CatalogFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** Every request commits, as in production; what the imports made is removed after each test. */
    @AfterEach
    void removeImported() {
        fixtures.deleteEverythingUnder("0007", "2231", "5410", "6125", "7701");
    }

    @Test
    void aPastedPageIsReviewedFieldByFieldBeforeAnythingIsCreated() {
        long before = descriptions.count();

        Document review = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart()
                .param("text", LegacyPageParserTest.resource("/legacy/teacher-special-education.txt")).exchange());

        Element page = review.selectFirst(".import-page");
        assertThat(page.selectFirst("h2").text()).isEqualTo("Pasted text will be created as a draft");
        assertThat(page.selectFirst(".characters").text()).endsWith("characters placed; all text is accounted for.");
        assertThat(page.select(".fields dd").get(0).text()).isEqualTo("Teacher, Special Education");
        assertThat(page.select(".fields dd").get(1).text()).isEqualTo("0007");
        assertThat(page.select(".fields li").eachText()).hasSize(4);
        assertThat(descriptions.count()).isEqualTo(before);
    }

    @Test
    void confirmingCreatesADraftWithEveryFieldAndTheDates() {
        String text = LegacyPageParserTest.resource("/legacy/teacher-special-education.txt");

        Document results = confirm(List.of("teacher.txt"), List.of(text));

        assertThat(results.select("tr.import-result td").eachText()).startsWith("teacher.txt");
        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Created as a draft");
        ClassDescription created = findByCodeAndTitle("0007", "Teacher, Special Education, Elementary Learning Centers");
        assertThat(created.getStatus()).isEqualTo(DescriptionStatus.DRAFT);
        assertThat(created.getJobClass().getOfficialTitle()).isEqualTo("Teacher, Special Education");
        assertThat(created.getSqOq()).isEqualTo("Senior Qualified");
        assertThat(created.getGrade()).isEqualTo("AD");
        assertThat(created.getMonths()).isEqualTo(10);
        assertThat(created.qualification(QualificationKind.CERTIFICATE_LICENSE)).contains("Maryland certification in special education, grades 1-8.");
        assertThat(created.getDuties()).hasSize(4);
        assertThat(created.getClassEstablished()).hasToString("1998-09");
        assertThat(created.getRevisionDates()).hasSize(2);
        assertThat(mvc.get().uri("/classes/0007/teacher-special-education-elementary-learning-centers")).hasStatus(404);
    }

    @Test
    void aFolderOfFilesIsReviewedPageByPageIncludingBadFiles() {
        MvcTestResult result = mvc.post().uri("/editor/import").with(csrf()).multipart()
                .file(file("bus-operator.txt", LegacyPageParserTest.resource("/legacy/bus-operator.txt").getBytes(StandardCharsets.UTF_8)))
                .file(file("unplaced-text.txt", LegacyPageParserTest.resource("/legacy/unplaced-text.txt").getBytes(StandardCharsets.UTF_8)))
                .file(file("minutes.txt", "Dear colleagues, the minutes are attached.".getBytes(StandardCharsets.UTF_8)))
                .file(file("empty.txt", new byte[0]))
                .file(file("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}))
                .file(file("huge.txt", new byte[20 * 1024 * 1024]))
                .file(file("windows.txt", LegacyPageParserTest.resource("/legacy/bus-operator.txt")
                        .replace("Bus Operator, “Safety First” Training Routes", "Bus Operator, Café Routes")
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"))))
                .exchange();

        assertThat(result).hasStatusOk();
        Document review = HtmlPages.parse(result);
        assertThat(review.select(".import-page h2").eachText()).containsExactly(
                "bus-operator.txt will be created as a draft",
                "unplaced-text.txt will be created as a draft",
                "minutes.txt cannot be imported",
                "empty.txt cannot be imported",
                "photo.txt cannot be imported",
                "huge.txt cannot be imported",
                "windows.txt will be created as a draft");
        List<Element> pages = review.select(".import-page");
        assertThat(pages.get(1).select(".unplaced mark").eachText()).containsExactly(
                "Approved by the Board of Education, 2019 (memo 19-44).", "Maybe", "Page 1 of 1 - printed 2024");
        assertThat(pages.get(1).selectFirst(".characters").text()).contains("not placed, shown below.");
        assertThat(pages.get(2).select(".reasons li").eachText())
                .containsExactly("This does not look like a class description: no CODE or WORKING TITLE was found.");
        assertThat(pages.get(3).select(".reasons li").eachText()).containsExactly("The file is empty.");
        assertThat(pages.get(4).select(".reasons li").eachText()).containsExactly("This is not a text file.");
        assertThat(pages.get(5).select(".reasons li").eachText())
                .containsExactly("The file is too large for one class description page (at most 1 MB).");
        assertThat(pages.get(6).select(".fields dd").get(3).text()).isEqualTo("Bus Operator, Café Routes");
        assertThat(review.selectFirst("#confirm-import button").text()).isEqualTo("Import the chosen pages");
        assertThat(review.select("input[name=page][form=confirm-import]").eachAttr("value")).containsExactly("0", "1", "6");
    }

    @Test
    void aPageMissingRequiredFieldsCannotBeImportedAndSaysWhy() {
        String text = LegacyPageParserTest.resource("/legacy/teacher-special-education.txt")
                .replace("GRADE: AD MONTHS: 10", "GRADE: AD MONTHS: 14")
                .replaceAll("SUMMARY DESCRIPTION OF CLASSIFICATION: .*\n", "");

        Document review = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart().param("text", text).exchange());

        assertThat(review.select(".import-page .reasons li").eachText()).containsExactly(
                "MONTHS: Please fill this in.", "SUMMARY DESCRIPTION OF CLASSIFICATION: Please fill this in.");
        assertThat(review.select(".import-page .problems li").eachText()).contains(
                "MONTHS should be a number from 1 to 12, not “14”.", "No SUMMARY DESCRIPTION was found.");
    }

    @Test
    void importingTheSamePageAgainUpdatesInsteadOfDuplicating() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm(List.of("first.txt"), List.of(text));

        Document again = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart().param("text", text).exchange());
        assertThat(again.selectFirst(".import-page h2").text()).isEqualTo("Pasted text matches the existing description");

        String revised = text.replace("SUMMARY DESCRIPTION OF CLASSIFICATION: To be written.",
                "SUMMARY DESCRIPTION OF CLASSIFICATION: Keeps the student information system accurate.");
        Document results = confirm(List.of("second.txt"), List.of(revised));

        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Updated");
        assertThat(descriptions.findAll().stream().filter(d -> d.getWorkingTitle().equals("Instructional Data Assistant")))
                .singleElement().extracting(ClassDescription::getSummary).isEqualTo("Keeps the student information system accurate.");
    }

    @Test
    @WithMockUser(username = "chief", roles = "ADMIN")
    void anAdminsReimportAlsoBringsTheDatesOfThePage() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm(List.of("first.txt"), List.of(text));

        String revised = text.replace("Date(s) Revised:", "Date(s) Revised: 4/2020, 9/2021");
        Document review = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart().param("text", revised).exchange());
        assertThat(review.selectFirst(".import-page h2").text()).isEqualTo("Pasted text will update the existing description");

        Document results = confirm(List.of("again.txt"), List.of(revised));

        assertThat(results.selectFirst("tr.import-result .outcome").text()).isEqualTo("Updated");
        ClassDescription description = findByCodeAndTitle("2231", "Instructional Data Assistant");
        assertThat(description.getRevisionDates()).extracting(Object::toString).containsExactly("2020-04-01", "2021-09-01");
    }

    @Test
    void aPageThatDoesNotStateOvertimeEligibilityIsNeverRecordedAsNo() throws Exception {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt").replace("OVERTIME ELIGIBLE: Yes\n", "");

        confirm(List.of("unstated.txt"), List.of(text));

        ClassDescription imported = findByCodeAndTitle("2231", "Instructional Data Assistant");
        assertThat(imported.getOvertimeEligible()).isNull();
        Document preview = HtmlPages.get(mvc, "/editor/descriptions/" + imported.getId() + "/preview");
        assertThat(preview.selectFirst("[data-field=overtime-eligible]").text()).isEmpty();
        assertThat(preview.selectFirst("[data-field=overtime-eligible]").parent().selectFirst("dt").text()).isEqualTo("OVERTIME ELIGIBLE:");
        Document form = HtmlPages.get(mvc, "/editor/descriptions/" + imported.getId() + "/edit");
        assertThat(form.selectFirst("input[name=overtimeEligible][checked]").val()).as("\"Not stated\" is chosen").isEmpty();
    }

    @Test
    void anEditorsReimportLeavesTheDatesAndSaysSo() {
        String text = LegacyPageParserTest.resource("/legacy/placeholder-summary.txt");
        confirm(List.of("first.txt"), List.of(text));

        Document results = confirm(List.of("again.txt"), List.of(text.replace("Date(s) Revised:", "Date(s) Revised: 4/2020")));

        assertThat(results.select("tr.import-result li").eachText()).containsExactly(
                "The page's dates were not applied to the existing description: only admins change dates.");
        assertThat(findByCodeAndTitle("2231", "Instructional Data Assistant").getRevisionDates()).isEmpty();
    }

    @Test
    void theSeedPagesMatchTheSeededDescriptions() {
        Document review = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart()
                .file(file("a.txt", LegacyPageParserTest.resource("/seeds/coordinator-organizational-development.txt").getBytes(StandardCharsets.UTF_8)))
                .exchange());

        assertThat(review.selectFirst(".import-page h2").text()).isEqualTo("a.txt matches the existing description");
    }

    @Test
    void aPasteLargerThanAPageIsRefusedLikeAFileAndNotEchoedBack() {
        String huge = "OFFICIAL TITLE: Huge CODE: 0001\n" + "x".repeat(1024 * 1024);

        MvcTestResult result = mvc.post().uri("/editor/import").with(csrf()).multipart().param("text", huge).exchange();

        Document review = HtmlPages.parse(result);
        assertThat(review.select(".import-page .reasons li").eachText())
                .contains("The pasted text is too large for one class description page (at most 1 MB).");
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(200_000);
    }

    @Test
    void aBatchOfMoreThanTwoThousandPagesIsRefusedUpFrontWithHowToSplitIt() {
        var request = mvc.post().uri("/editor/import").with(csrf()).multipart();
        for (int i = 0; i <= 2000; i++) {
            request.file(new org.springframework.mock.web.MockMultipartFile("files", "page-" + i + ".txt", "text/plain",
                    "CODE: 1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        Document page = HtmlPages.parse(request.exchange());

        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo(
                "2,001 pages are more than one import takes (at most 2,000). Import the folder in several parts.");
        assertThat(page.select(".import-page")).isEmpty();
    }

    @Test
    void submittingNothingAsksForAPageOrFiles() {
        Document page = HtmlPages.parse(mvc.post().uri("/editor/import").with(csrf()).multipart().param("text", "  ").exchange());

        assertThat(page.selectFirst("main [role=alert]").text()).isEqualTo("Paste the text of a page or choose at least one file.");
    }

    private Document confirm(List<String> names, List<String> texts) {
        return ImportRequests.reviewAndConfirm(mvc, names, texts);
    }

    /** The description as stored, everything its content holds read in one transaction. */
    private ClassDescription findByCodeAndTitle(String code, String title) {
        long id = jdbc.queryForObject("select d.id from class_description d join job_class c on c.id = d.job_class_id"
                + " where c.code = ? and d.working_title = ?", Long.class, code, title);
        return transactions.execute(reading -> {
            ClassDescription description = descriptions.findComplete(id).orElseThrow();
            description.getJobClass().getOfficialTitle();
            return description;
        });
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "text/plain", content);
    }
}
