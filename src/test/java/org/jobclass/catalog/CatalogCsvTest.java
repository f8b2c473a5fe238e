package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

@ApplicationTest
@Import(CatalogFixtures.class)
@Transactional
class CatalogCsvTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogFixtures fixtures;

    @Test
    void theListingDownloadsAsCsvInCatalogOrderWithPublishedTitlesOnly() throws Exception {
        fixtures.published("0990", "Zoologist, \"Senior\"");
        fixtures.save("0991", "Unpublished Analyst", DescriptionStatus.DRAFT);

        MvcTestResult result = mvc.get().uri("/classes.csv").exchange();

        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "Working title,Code,Grade,Range,Address",
                "\"Coordinator, Innovative and Progressive Systemwide Training\",0435,N,A - C,"
                        + "http://localhost/classes/0435/coordinator-innovative-and-progressive-systemwide-training",
                "\"Coordinator, Organizational Development, Office of School Support and Well-Being\",0435,N,A - C,"
                        + "http://localhost/classes/0435/coordinator-organizational-development-office-of-school-support-and-well-being",
                "\"Zoologist, \"\"Senior\"\"\",0990,15,R - Z,http://localhost/classes/0990/zoologist-senior");
    }
}
