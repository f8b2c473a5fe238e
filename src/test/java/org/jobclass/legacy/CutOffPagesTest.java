package org.jobclass.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.QualificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages cut off before their end: inside a label, inside a word, inside the duties, before the dates. */
class CutOffPagesTest {

    private static final String NOTICE = "This description may be changed at any time.";

    private final LegacyPageParser parser = new LegacyPageParser();

    static List<String> wholePages() {
        return List.of("/seeds/coordinator-innovative-progressive-systemwide-training.txt",
                "/seeds/coordinator-organizational-development.txt", "/legacy/teacher-special-education.txt",
                "/legacy/bus-operator.txt", "/legacy/repeated-labels.txt", "/legacy/mixed-case-labels.txt");
    }

    @ParameterizedTest
    @MethodSource("wholePages")
    void theWholePagesDoNotLookCutOff(String fixture) {
        assertThat(parser.parse(LegacyPageParserTest.resource(fixture)).cutOff()).isNull();
    }

    @ParameterizedTest
    @MethodSource("wholePages")
    void aPageCutAnywhereBeforeItsClosingNoticeIsFlaggedAndNoLabelFragmentLandsInAField(String fixture) {
        String whole = LegacyPageParserTest.resource(fixture);
        int notice = whole.indexOf(NOTICE);
        for (int cut : cutPoints(whole, notice)) {
            String cutText = whole.substring(0, cut);
            LegacyPage page = parser.parse(cutText);

            assertThat(page.cutOff()).as("cut after %d characters: …%s", cut, tail(cutText)).isNotNull();
            assertThat(page.placedCharacters() + page.unplacedCharacters()).isEqualTo(page.totalCharacters());
            for (String field : textFields(page)) {
                assertThat(beginsALabel(lastLine(field)))
                        .as("field \"%s\" of the page cut after …%s", field, tail(cutText)).isFalse();
            }
        }
    }

    @Test
    void aPageStoppingMidWordSaysWhereItStops() {
        String page = upTo(LegacyPageParserTest.resource("/legacy/bus-operator.txt"), "EXAMPLES OF DUTIES AND RESPONSIBILITIES:")
                + "EXAMPLES OF DUTIES AND RESPONSIBILITIES:\n\nInspects the bus before each route and completes the daily checklist.\nAttends the yearly safety training and complete in-ser";

        LegacyPage.CutOff cutOff = parser.parse(page).cutOff();

        assertThat(cutOff.after()).endsWith("training and complete in-ser").startsWith("…");
        assertThat(cutOff.section()).isEqualTo(DescriptionSection.DUTIES);
        assertThat(cutOff.signs()).containsExactly(LegacyPage.CutOff.Sign.STOPS_MID_SENTENCE,
                LegacyPage.CutOff.Sign.NO_CLOSING_NOTICE, LegacyPage.CutOff.Sign.NO_CLASS_ESTABLISHED);
    }

    @Test
    void aPageEndingInThePartOfALabelKeepsTheFragmentOutOfTheFieldBeforeIt() {
        String upToQualifications = upTo(LegacyPageParserTest.resource("/seeds/coordinator-organizational-development.txt"),
                "MINIMUM QUALIFICATION STANDARDS");

        for (String fragment : List.of("MINIMUM QUALIFICATION STANDA", "PHY", "SPECIAL", "Class Estab")) {
            LegacyPage page = parser.parse(upToQualifications + fragment);

            assertThat(page.summary()).as(fragment).endsWith("assists with OTLS initiatives and projects.");
            assertThat(page.unplaced()).as(fragment).containsExactly(fragment);
            assertThat(page.cutOff().signs()).as(fragment).startsWith(LegacyPage.CutOff.Sign.PARTIAL_LABEL);
            assertThat(page.cutOff().after()).as(fragment).endsWith("initiatives and projects.");
        }
    }

    @Test
    void aPageCutInsideTheHintOfALabelLeavesTheFieldEmptyAndTheHintUnplaced() {
        String page = upTo(LegacyPageParserTest.resource("/seeds/coordinator-organizational-development.txt"), "PHYSICAL DEMANDS:")
                + "PHYSICAL DEMANDS: (Special requirements such as lif";

        LegacyPage parsed = parser.parse(page);

        assertThat(parsed.qualification(QualificationKind.PHYSICAL_DEMANDS)).isEmpty();
        assertThat(parsed.unplaced()).containsExactly("(Special requirements such as lif");
        assertThat(parsed.cutOff().signs()).contains(LegacyPage.CutOff.Sign.PARTIAL_LABEL);
    }

    @Test
    void aPageCutInsideItsFirstDutyOrFortyCharactersIntoItsSummaryIsFlagged() {
        String whole = LegacyPageParserTest.resource("/seeds/coordinator-organizational-development.txt");
        int firstDuty = whole.indexOf("1. Works collaboratively");
        int summary = whole.indexOf("SUMMARY DESCRIPTION OF CLASSIFICATION: ") + "SUMMARY DESCRIPTION OF CLASSIFICATION: ".length();

        LegacyPage inFirstDuty = parser.parse(whole.substring(0, firstDuty + 30));
        LegacyPage inSummary = parser.parse(whole.substring(0, summary + 40));

        assertThat(inFirstDuty.cutOff().section()).isEqualTo(DescriptionSection.DUTIES);
        assertThat(inFirstDuty.cutOff().signs()).contains(LegacyPage.CutOff.Sign.STOPS_MID_SENTENCE);
        assertThat(inSummary.cutOff().section()).isEqualTo(DescriptionSection.SUMMARY);
        assertThat(inSummary.cutOff().signs()).contains(LegacyPage.CutOff.Sign.STOPS_MID_SENTENCE,
                LegacyPage.CutOff.Sign.NO_DUTIES, LegacyPage.CutOff.Sign.NO_CLASS_ESTABLISHED);
    }

    @Test
    void aPageCutBeforeItsDatesSaysSoEvenAfterAWholeSentence() {
        String page = upTo(LegacyPageParserTest.resource("/legacy/bus-operator.txt"), "Class Established:");

        LegacyPage.CutOff cutOff = parser.parse(page).cutOff();

        assertThat(cutOff.signs()).containsExactly(LegacyPage.CutOff.Sign.NO_CLOSING_NOTICE,
                LegacyPage.CutOff.Sign.NO_CLASS_ESTABLISHED);
    }

    /** Every seventh character from the first label to the notice, and inside and at the end of every line. */
    private static List<Integer> cutPoints(String whole, int notice) {
        List<Integer> points = new ArrayList<>();
        int from = whole.indexOf("OFFICIAL TITLE");
        for (int cut = from + 1; cut < notice; cut += 7) {
            points.add(cut);
        }
        for (int line = whole.indexOf('\n', from); line >= 0 && line < notice; line = whole.indexOf('\n', line + 1)) {
            points.add(line);
            points.add(Math.min(line + 4, notice));
        }
        return points;
    }

    private static List<String> textFields(LegacyPage page) {
        List<String> fields = new ArrayList<>(List.of(page.summary(), page.officialTitle(), page.workingTitle()));
        Arrays.stream(QualificationKind.values()).map(page::qualification).forEach(fields::add);
        fields.addAll(page.duties());
        return fields;
    }

    private static boolean beginsALabel(String text) {
        String letters = letters(text.substring(Math.max(text.lastIndexOf(". "), text.lastIndexOf(": ")) + 1));
        return letters.length() >= 2 && Stream.concat(Arrays.stream(DescriptionSection.values())
                        .flatMap(section -> section.layoutLabels().stream()), Stream.of(NOTICE))
                .map(CutOffPagesTest::letters).anyMatch(label -> label.startsWith(letters) && !label.equals(letters));
    }

    private static String letters(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static String upTo(String whole, String label) {
        return whole.substring(0, whole.indexOf(label));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 50));
    }
}
