package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@ApplicationTest
@Import(CatalogFixtures.class)
class CatalogCsvTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @AfterEach
    void removeFixtures() {
        List.of("0990", "0991", "0992").forEach(fixtures::deleteEverythingUnder);
    }

    private List<String> csvLines() throws Exception {
        MvcTestResult result = mvc.get().uri("/classes.csv").exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theListingDownloadsAsCsvInCatalogOrderWithPublishedTitlesOnly() throws Exception {
        fixtures.published("0990", "Zoologist, \"Senior\"");
        fixtures.save("0991", "Unpublished Analyst", DescriptionStatus.DRAFT);

        assertThat(csvLines()).containsExactly(
                "Working title,Code,Grade,Range,Address",
                "\"Coordinator, Innovative and Progressive Systemwide Training\",0435,N,A - C,"
                        + "http://localhost:8080/classes/0435/coordinator-innovative-and-progressive-systemwide-training",
                "\"Coordinator, Organizational Development, Office of School Support and Well-Being\",0435,N,A - C,"
                        + "http://localhost:8080/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being",
                "\"Zoologist, \"\"Senior\"\"\",0990,15,R - Z,http://localhost:8080/classes/0990/zoologist-senior");
    }

    @Test
    void aCellThatASpreadsheetWouldTakeForAFormulaIsWrittenAsText() throws Exception {
        fixtures.published("0990", "=HYPERLINK(\"http://evil.example\",\"Apply\")");
        fixtures.published("0991", "+1 Clerk");
        fixtures.published("0992", "@SUM(A1) Analyst");

        List<String> lines = csvLines();

        assertThat(lines).contains(
                "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Apply\"\")\",0990,15,D - H,"
                        + "http://localhost:8080/classes/0990/hyperlink-http-evil-example-apply",
                "'+1 Clerk,0991,15,Other,http://localhost:8080/classes/0991/1-clerk",
                "'@SUM(A1) Analyst,0992,15,R - Z,http://localhost:8080/classes/0992/sum-a1-analyst");
        assertThat(CsvRow.of(List.of("-2 Assistant", "\tTabbed", "\rReturn", "Plain - Title")))
                .isEqualTo("'-2 Assistant,'\tTabbed,\"'\rReturn\",Plain - Title\r\n");
    }

    @Test
    void itsAddressesComeFromTheConfiguredPublicAddressNeverFromTheHostARequestNames() throws Exception {
        String csv = mvc.get().uri("/classes.csv").header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("http://localhost:8080/classes/0435/").doesNotContain("evil.example");
    }
}
