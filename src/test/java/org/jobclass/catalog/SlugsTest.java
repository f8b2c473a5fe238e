package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "\"{0}\" becomes {1}")
    @CsvSource(delimiter = '|', value = {
            "Coordinator, Organizational Development, Office of School Support and Well-Being | coordinator-organizational-development-office-of-school-support-and-well-being",
            "Coordinator, Innovative and Progressive Systemwide Training | coordinator-innovative-and-progressive-systemwide-training",
            "École Liaison (Bilingual)  | ecole-liaison-bilingual",
            "  --Teacher's Aide--       | teacher-s-aide",
            "HVAC Mechanic II           | hvac-mechanic-ii",
            "911 Dispatcher             | 911-dispatcher"})
    void slugIsTheTitleInLowerCaseWordsJoinedByHyphens(String title, String slug) {
        assertThat(Slugs.of(title)).isEqualTo(slug);
    }

    @Test
    void aTitleWithoutLettersOrDigitsStillGetsASlug() {
        assertThat(Slugs.of("…")).isEqualTo("untitled");
    }

    @Test
    void longTitlesAreCutAtTwoHundredCharactersWithoutATrailingHyphen() {
        String slug = Slugs.of("Coordinator ".repeat(30));

        assertThat(slug).hasSizeLessThanOrEqualTo(200).doesNotEndWith("-").startsWith("coordinator-coordinator");
    }
}
