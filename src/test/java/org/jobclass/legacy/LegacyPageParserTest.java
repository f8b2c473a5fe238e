package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.SeedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyPageParserTest {

    private final LegacyPageParser parser = new LegacyPageParser();

    @ParameterizedTest
    @ValueSource(strings = {"coordinator-innovative-progressive-systemwide-training.txt", "coordinator-organizational-development.txt"})
    void theSeedsParseFieldExact(String seedFile) {
        SeedPage seed = SeedPage.read(seedFile);
        LegacyPage page = parser.parse(resource("/seeds/" + seedFile));
        Map<String, String> expected = seed.fields();

        assertThat(page.officialTitle()).isEqualTo(expected.get("official-title"));
        assertThat(page.code()).isEqualTo(expected.get("code"));
        assertThat(page.sqOq()).isEqualTo(expected.get("sq-oq"));
        assertThat(page.workingTitle()).isEqualTo(expected.get("working-title"));
        assertThat(page.grade()).isEqualTo(expected.get("grade"));
        assertThat(page.months()).isEqualTo(expected.get("months"));
        assertThat(page.summary()).isEqualTo(expected.get("summary"));
        for (QualificationKind kind : QualificationKind.values()) {
            assertThat(page.qualification(kind)).as(kind.name()).isEqualTo(expected.get(kind.name()));
        }
        assertThat(page.overtimeEligible()).isFalse();
        assertThat(page.duties()).containsExactlyElementsOf(seed.duties());
        assertThat(page.classEstablished().getMonthValue() + "/" + page.classEstablished().getYear())
                .isEqualTo(expected.get("class-established"));
        assertThat(page.revisionDates()).isEmpty();
        assertThat(page.lastReviewed()).isNull();
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
        assertThat(page.placedCharacters()).isEqualTo(page.totalCharacters()).isPositive();
    }

    @Test
    void officialTitlesWithCommasInlineParenthesisedDutiesAndAMissingPageHeader() {
        LegacyPage page = parser.parse(resource("/legacy/teacher-special-education.txt"));

        assertThat(page.officialTitle()).isEqualTo("Teacher, Special Education");
        assertThat(page.code()).isEqualTo("0007");
        assertThat(page.sqOq()).isEqualTo("Senior Qualified");
        assertThat(page.workingTitle()).isEqualTo("Teacher, Special Education, Elementary Learning Centers");
        assertThat(page.grade()).isEqualTo("AD");
        assertThat(page.months()).isEqualTo("10");
        assertThat(page.duties()).containsExactly(
                "Develops and implements individualized education programs.",
                "Assesses student progress and reports to families, including in Spanish where needed.",
                "Collaborates with general education teachers on accommodations.",
                "Performs related work as required.");
        assertThat(page.classEstablished()).isEqualTo(YearMonth.of(1998, 9));
        assertThat(page.revisionDates()).containsExactly(LocalDate.of(2015, 7, 1), LocalDate.of(2019, 2, 1));
        assertThat(page.lastReviewed()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void curlyQuotesRangedGradesZeroPaddedMonthsNumberedLinesAndAMissingSection() {
        LegacyPage page = parser.parse(resource("/legacy/bus-operator.txt"));

        assertThat(page.workingTitle()).isEqualTo("Bus Operator, “Safety First” Training Routes");
        assertThat(page.sqOq()).isEqualTo("Optimal Qualified");
        assertThat(page.grade()).isEqualTo("12-13");
        assertThat(page.months()).isEqualTo("09");
        assertThat(page.summary()).contains("the system’s “Safety First” program");
        assertThat(page.qualification(QualificationKind.CERTIFICATE_LICENSE)).isEmpty();
        assertThat(page.overtimeEligible()).isTrue();
        assertThat(page.duties()).containsExactly("Drives assigned routes safely and on schedule.",
                "Performs the pre-trip inspection and reports defects.", "Trains new operators on “Safety First” routes.",
                "Performs related work as required.");
        assertThat(page.classEstablished()).isEqualTo(YearMonth.of(2001, 6));
        assertThat(page.revisionDates()).containsExactly(LocalDate.of(2010, 8, 1), LocalDate.of(2022, 1, 1));
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void theNewerVariantsCombinedLabelsAreRead() {
        LegacyPage page = parser.parse(resource("/legacy/newer-variant.txt"));

        assertThat(page.workingTitle()).isEqualTo("École Liaison, French Immersion");
        assertThat(page.officialTitle()).isEqualTo("Parent Community Coordinator");
        assertThat(page.grade()).isEqualTo("06");
        assertThat(page.summary()).startsWith("Builds partnerships").endsWith("No unusual physical demands.");
        assertThat(page.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES))
                .isEqualTo("Fluency in French and English. Knowledge of community resources.");
        assertThat(page.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE))
                .isEqualTo("Associate's degree or two years of college.");
        assertThat(page.qualification(QualificationKind.PHYSICAL_DEMANDS)).isEmpty();
        assertThat(page.lastReviewed()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
    }

    @Test
    void aPlaceholderSummaryIsKeptAndPointedOut() {
        LegacyPage page = parser.parse(resource("/legacy/placeholder-summary.txt"));

        assertThat(page.summary()).isEqualTo("To be written.");
        assertThat(page.problems()).containsExactly(PageProblem.of("import.problem.placeholderSummary", "To be written."));
        assertThat(page.duties()).containsExactly("Enters and checks student data.", "Prepares reports for school leadership.");
    }

    @Test
    void textThatFitsNowhereIsKeptAsUnplacedAndCounted() {
        LegacyPage page = parser.parse(resource("/legacy/unplaced-text.txt"));

        assertThat(page.unplaced()).containsExactly("Approved by the Board of Education, 2019 (memo 19-44).", "Maybe",
                "Page 1 of 1 - printed 2024");
        assertThat(page.overtimeEligible()).isNull();
        assertThat(page.problems()).containsExactly(PageProblem.of("import.problem.overtime", "Maybe"));
        int unplacedVisible = page.unplaced().stream().mapToInt(text -> text.replaceAll("\\s", "").length()).sum();
        assertThat(page.unplacedCharacters()).isEqualTo(unplacedVisible);
        assertThat(page.placedCharacters() + page.unplacedCharacters()).isEqualTo(page.totalCharacters());
        assertThat(page.code()).isEqualTo("7701");
    }

    @Test
    void randomTextIsNotTakenForAClassDescription() {
        LegacyPage page = parser.parse("Dear colleagues,\nplease find the minutes of our meeting attached.\nBest regards");

        assertThat(page.looksLikeAClassDescription()).isFalse();
        assertThat(page.unplaced()).containsExactly("Dear colleagues,\nplease find the minutes of our meeting attached.\nBest regards");
        assertThat(page.placedCharacters()).isZero();
    }

    @Test
    void anEmptyPageHasNothingToPlace() {
        LegacyPage page = parser.parse("  \n ");

        assertThat(page.totalCharacters()).isZero();
        assertThat(page.looksLikeAClassDescription()).isFalse();
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkChangeNothing() {
        String seed = resource("/seeds/coordinator-organizational-development.txt");

        LegacyPage unix = parser.parse(seed);
        LegacyPage windows = parser.parse("\uFEFF" + seed.replace("\n", "\r\n"));

        assertThat(windows).usingRecursiveComparison().isEqualTo(unix);
    }

    @Test
    void dutiesOnePerLineLoseTheirBulletsAndNumbers() {
        assertThat(LegacyPageParser.duties("• Plans lessons.\n- Grades work.\n3) Meets parents.\n(4) Keeps records."))
                .containsExactly("Plans lessons.", "Grades work.", "Meets parents.", "Keeps records.");
        assertThat(LegacyPageParser.duties("Works 24-hour shifts when 2 staff are absent."))
                .containsExactly("Works 24-hour shifts when 2 staff are absent.");
    }

    @Test
    void aLabelRepeatedInsideItsOwnSectionIsOneLabelAndCombinedLabelsAreSplitWhereTheTextNamesTheirParts() {
        LegacyPage page = parser.parse(resource("/legacy/repeated-labels.txt"));

        assertThat(page.summary()).isEqualTo("Under the direction of the principal, maintains the school’s student data"
                + " systems and prepares reports for teachers.");
        assertThat(page.qualification(QualificationKind.PHYSICAL_DEMANDS)).isEqualTo("Occasional lifting of boxes of up to 25 pounds.");
        assertThat(page.qualification(QualificationKind.SPECIAL_REQUIREMENTS)).isEqualTo("Some evening work during report card periods.");
        assertThat(page.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES))
                .isEqualTo("Knowledge of spreadsheets and student information systems. Ability to keep confidential records.");
        assertThat(page.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE))
                .isEqualTo("High school diploma and two years of clerical experience.");
        assertThat(page.qualification(QualificationKind.CERTIFICATE_LICENSE)).isEqualTo("None.");
        assertThat(page.overtimeEligible()).isTrue();
        assertThat(page.duties()).containsExactly("Enters and verifies student data.", "Prepares attendance and grade reports.");
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
        assertThat(page.looksCutOff()).isFalse();
    }

    @Test
    void labelsAreReadInAnyCaseAndSpellingTheLayoutHasUsedAndARepeatOnTheNextLineIsOneLabel() {
        LegacyPage page = parser.parse(resource("/legacy/mixed-case-labels.txt"));

        assertThat(page.officialTitle()).isEqualTo("Media Assistant");
        assertThat(page.code()).isEqualTo("5416");
        assertThat(page.months()).isEqualTo("10");
        assertThat(page.summary()).isEqualTo("Supports the school library media program under the direction of the media specialist.");
        assertThat(page.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES)).isEqualTo("Knowledge of library circulation systems.");
        assertThat(page.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE)).isEqualTo("High school diploma.");
        assertThat(page.qualification(QualificationKind.CERTIFICATE_LICENSE)).isEqualTo("None.");
        assertThat(page.qualification(QualificationKind.PHYSICAL_DEMANDS)).isEqualTo("Lifting carts of books.");
        assertThat(page.qualification(QualificationKind.SPECIAL_REQUIREMENTS)).isEqualTo("None.");
        assertThat(page.overtimeEligible()).isFalse();
        assertThat(page.duties()).containsExactly("Checks books in and out.", "Shelves returned materials.");
        assertThat(page.classEstablished()).isEqualTo(YearMonth.of(2015, 3));
        assertThat(page.revisionDates()).containsExactly(LocalDate.of(2018, 4, 1), LocalDate.of(2021, 6, 1));
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.problems()).isEmpty();
        assertThat(page.looksCutOff()).isFalse();
    }

    @Test
    void aCombinedLabelWhoseTextNamesNoPartsKeepsItAllInTheFirstSection() {
        LegacyPage page = parser.parse(resource("/legacy/newer-variant.txt"));

        assertThat(page.summary()).startsWith("Builds partnerships").endsWith("No unusual physical demands.");
        assertThat(page.qualification(QualificationKind.PHYSICAL_DEMANDS)).isEmpty();
        assertThat(page.unplaced()).isEmpty();
    }

    static String resource(String path) {
        try (InputStream in = LegacyPageParserTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fixtures() {
        return List.of("/seeds/coordinator-innovative-progressive-systemwide-training.txt",
                "/seeds/coordinator-organizational-development.txt", "/legacy/teacher-special-education.txt",
                "/legacy/bus-operator.txt", "/legacy/placeholder-summary.txt", "/legacy/newer-variant.txt",
                "/legacy/unplaced-text.txt", "/legacy/repeated-labels.txt", "/legacy/mixed-case-labels.txt");
    }
}
