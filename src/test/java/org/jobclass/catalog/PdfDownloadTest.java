package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A published description downloads as a PDF of its page, stamped with its revision and publication date. */
@ApplicationTest
@Import(CatalogFixtures.class)
class PdfDownloadTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    /** Every request commits, as in production; what the tests made is removed after each. */
    @AfterEach
    void removeFixtures() {
        fixtures.deleteEverythingUnder("4401", "4402");
    }

    @Autowired
    Clock clock;

    @Test
    void thePdfCarriesThePageAndItsRevisionStamp() throws Exception {
        MvcTestResult result = mvc.get().uri("/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being.pdf").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isEqualTo(
                "attachment; filename=\"0435-coordinator-organizational-development-office-of-school-support-and-well-being.pdf\"");
        String text = textOf(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("MONTGOMERY COUNTY PUBLIC SCHOOLS CLASS DESCRIPTION", "OFFICIAL TITLE: Coordinator",
                "EXAMPLES OF DUTIES AND RESPONSIBILITIES:", "Represents OneOTLS on task forces and committees.",
                "Class Established: 4/2022", "This description may be changed at any time.", "Revision 1, published ");
    }

    @Test
    void theStampNamesTheLatestPublishedRevision() throws Exception {
        fixtures.published("4401", "Pdf Specialist");

        String text = textOf(mvc.get().uri("/classes/4401/pdf-specialist.pdf").exchange().getResponse().getContentAsByteArray());

        assertThat(text).contains("Pdf Specialist", "Revision 1, published " + LocalDate.now(clock));
    }

    @Test
    void thePdfIsTaggedWithTitleAndLanguageEmbedsFontsThatCoverTheTextAndLinksAbsolutely() throws Exception {
        String words = "Lifts ≥ 25 kg → safely; measures Ω; speaks Ελληνικά and русский; naïve café.";
        fixtures.publish(CatalogFixtures.content("4401", "Pdf Symbols Specialist", words));
        MvcTestResult result = mvc.get().uri("/classes/4401/pdf-symbols-specialist.pdf").exchange();

        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged: a structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Pdf Symbols Specialist (4401)");
            assertThat(catalog.getMetadata()).as("XMP metadata, as PDF/UA asks").isNotNull();
            for (var page : document.getPages()) {
                for (var fontName : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        assertThat(uri.getURI()).startsWith("http://localhost:8080/");
                    }
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(words).doesNotContain("#");
        }
    }

    @Test
    void everyPrintoutCarriesItsAddressAndACodeToCheckIt() throws Exception {
        long id = fixtures.publish(CatalogFixtures.content("4401", "Pdf Stamped Specialist", "Stamps."));
        MvcTestResult pdf = mvc.get().uri("/classes/4401/pdf-stamped-specialist.pdf").exchange();
        MvcTestResult page = mvc.get().uri("/classes/4401/pdf-stamped-specialist").exchange();

        String text = textOf(pdf.getResponse().getContentAsByteArray());
        long revisionId = jdbc.queryForObject("select published_revision_id from class_description where id = ?", Long.class, id);
        String code = VerificationCode.of(revisionId);
        assertThat(text).contains("Canonical address: http://localhost:8080/classes/4401/pdf-stamped-specialist");
        assertThat(text.replace(" ", "")).as("the check, whatever the lines it wraps on")
                .contains("Checkwhetherthisiscurrentathttp://localhost:8080/verify?code=" + code + "withcode" + code);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var images = document.getPage(document.getNumberOfPages() - 1).getResources().getXObjectNames();
            assertThat(images).as("the QR code").isNotEmpty();
        }
        var stamp = org.jobclass.testing.HtmlPages.parse(page).selectFirst(".print-stamp");
        assertThat(stamp.text()).contains("Canonical address: http://localhost:8080/classes/4401/pdf-stamped-specialist",
                "Revision 1, published ", "with code " + code);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void unpublishedDescriptionsHaveNoPdf() {
        fixtures.save("4402", "Draft Pdf Specialist", DescriptionStatus.DRAFT);

        assertThat(mvc.get().uri("/classes/4402/draft-pdf-specialist.pdf")).hasStatus(404);
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
