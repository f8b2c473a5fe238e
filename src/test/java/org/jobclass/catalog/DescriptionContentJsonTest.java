package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Revisions are kept as JSON for good: a golden file of each format fixes the field names, so that a field renamed
 * in Java fails here instead of blanking what old revisions say.
 */
class DescriptionContentJsonTest {

    private final DescriptionContentJson json = new DescriptionContentJson();

    private static final DescriptionContent EVERY_FIELD = new DescriptionContent("Coordinator", "0435", "Senior Qualified",
            "Coordinator, Training", "I", 12, "Plans and leads training.",
            Map.of(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, "Knowledge of adult learning.",
                    QualificationKind.EDUCATION_TRAINING_EXPERIENCE, "A master's degree.",
                    QualificationKind.CERTIFICATE_LICENSE, "None.",
                    QualificationKind.PHYSICAL_DEMANDS, "Office work.",
                    QualificationKind.SPECIAL_REQUIREMENTS, "Travel between schools."),
            true, List.of("Plans training.", "Performs related work as required."), YearMonth.of(2011, 7),
            List.of(LocalDate.of(2015, 7, 1), LocalDate.of(2019, 2, 1)), LocalDate.of(2023, 3, 1));

    private static String golden(String name) throws IOException {
        try (InputStream in = DescriptionContentJsonTest.class.getResourceAsStream("/revisions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void everyFieldOfAFormatOneRevisionIsRead() throws IOException {
        assertThat(json.read(golden("content-format-1.json"))).isEqualTo(EVERY_FIELD);
    }

    @Test
    void revisionsAreWrittenInTheCurrentFormatFieldForField() throws IOException {
        assertThat(json.write(EVERY_FIELD)).isEqualTo(golden("content-format-1.json"));
    }

    @Test
    void aRevisionFromBeforeFormatsWereNamedIsReadAsFormatOne() throws IOException {
        String unnamed = golden("content-format-1.json").replace("\"formatVersion\":1,", "");

        assertThat(json.read(unnamed)).isEqualTo(EVERY_FIELD);
    }
}
