package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.system.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture, parsed, written back in the layout and parsed again, keeps every field. */
class LegacyRoundTripTest {

    private final LegacyPageParser parser = new LegacyPageParser();
    private final LegacyPageWriter writer = new LegacyPageWriter(new Organisation("Montgomery County Public Schools",
            "Office of Human Resources and Development", "Office of Human Resources",
            "This description may be changed at any time."));

    @ParameterizedTest
    @MethodSource("org.jobclass.legacy.LegacyPageParserTest#fixtures")
    void writingAndReadingBackKeepsEveryField(String fixture) {
        DescriptionContent original = parser.parse(LegacyPageParserTest.resource(fixture)).toContent();

        String written = writer.write(original);
        LegacyPage reread = parser.parse(written);

        assertThat(reread.toContent()).isEqualTo(original);
        assertThat(reread.unplaced()).isEmpty();
        assertThat(reread.placedCharacters()).isEqualTo(reread.totalCharacters());
    }

    @Test
    void overtimeEligibilityNotStatedIsWrittenAsTheBareLabelAndReadBackAsNotStated() {
        DescriptionContent stated = parser.parse(LegacyPageParserTest.resource("/legacy/bus-operator.txt")).toContent();
        DescriptionContent unstated = new DescriptionContent(stated.officialTitle(), stated.code(), stated.sqOq(),
                stated.workingTitle(), stated.grade(), stated.months(), stated.summary(), stated.qualifications(), null,
                stated.duties(), stated.classEstablished(), stated.revisionDates(), stated.lastReviewed());

        String written = writer.write(unstated);
        LegacyPage reread = parser.parse(written);

        assertThat(written).contains("\nOVERTIME ELIGIBLE:\n");
        assertThat(reread.overtimeEligible()).isNull();
        assertThat(reread.toContent()).isEqualTo(unstated);
        assertThat(reread.unplaced()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.jobclass.legacy.LegacyPageParserTest#fixtures")
    void theWrittenPageReadsLikeTheOriginalLayout(String fixture) {
        DescriptionContent content = parser.parse(LegacyPageParserTest.resource(fixture)).toContent();

        String written = writer.write(content);

        assertThat(written).startsWith("Office of Human Resources - Montgomery County Public Schools\n\n"
                + "OFFICE OF HUMAN RESOURCES AND DEVELOPMENT → CLASSIFICATION → ");
        assertThat(written).contains("\nSorted by job title: A - C | D - H | I - Q | R - Z\n",
                "\nMONTGOMERY COUNTY PUBLIC SCHOOLS CLASS DESCRIPTION\nOFFICIAL TITLE: " + content.officialTitle()
                        + " CODE: " + content.code(),
                "\nEXAMPLES OF DUTIES AND RESPONSIBILITIES:\n\n" + String.join("\n", content.duties()) + "\n\n");
        assertThat(written).endsWith("\nThis description may be changed at any time.\n");
    }
}
