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
