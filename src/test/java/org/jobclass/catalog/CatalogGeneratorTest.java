package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogGeneratorTest {

    private static final int COUNT = 2_000;
    private static List<DescriptionContent> catalog;

    @BeforeAll
    static void generate() {
        catalog = new CatalogGenerator(CatalogGenerator.DEFAULT_SEED).generate(COUNT);
    }

    @Test
    void sameSeedGivesTheSameCatalogAndAnotherSeedAnotherOne() {
        assertThat(new CatalogGenerator(CatalogGenerator.DEFAULT_SEED).generate(300)).isEqualTo(catalog.subList(0, 300));
        assertThat(new CatalogGenerator(7).generate(300)).isNotEqualTo(catalog.subList(0, 300));
    }

    @Test
    void titlesFillEveryLetterRangeAndStartWithEveryLetter() {
        Map<TitleRange, Long> perRange = catalog.stream()
                .collect(Collectors.groupingBy(d -> TitleRange.of(d.workingTitle()), Collectors.counting()));
        for (TitleRange range : EnumSet.of(TitleRange.A_C, TitleRange.D_H, TitleRange.I_Q, TitleRange.R_Z)) {
            assertThat(perRange.getOrDefault(range, 0L)).as("titles in %s", range).isGreaterThan(COUNT / 10);
        }
        assertThat(perRange.getOrDefault(TitleRange.OTHER, 0L)).isLessThan(COUNT / 20);
        Set<Character> initials = catalog.stream()
                .map(d -> Character.toUpperCase(d.workingTitle().charAt(0)))
                .collect(Collectors.toCollection(TreeSet::new));
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            assertThat(initials).contains(letter);
        }
    }

    @Test
    void officialClassesHaveSeveralWorkingTitlesWithTheirOwnSlugs() {
        Map<String, List<DescriptionContent>> byCode = catalog.stream()
                .collect(Collectors.groupingBy(DescriptionContent::code));
        assertThat(byCode.values()).allSatisfy(titles -> {
            assertThat(titles).hasSizeBetween(1, CatalogGenerator.MAX_TITLES_PER_CODE);
            assertThat(titles).extracting(DescriptionContent::officialTitle).containsOnly(titles.get(0).officialTitle());
            assertThat(titles).extracting(d -> d.workingTitle().toLowerCase(Locale.ROOT)).doesNotHaveDuplicates();
            assertThat(titles).extracting(d -> Slugs.of(d.workingTitle())).doesNotHaveDuplicates();
        });
        assertThat((double) COUNT / byCode.size()).isBetween(2.5, 4.5);
        assertThat(byCode.values().stream().filter(titles -> titles.size() >= 4).count()).isGreaterThan(byCode.size() / 5);
        assertThat(byCode.keySet()).allMatch(code -> code.matches("[0-9]{4,}"));
        assertThat(byCode.keySet()).anyMatch(code -> code.startsWith("0"));
    }

    @Test
    void textsAreAboutAsLongAsRealOnes() {
        assertThat(catalog).allSatisfy(d -> {
            assertThat(d.summary().length()).isBetween(CatalogGenerator.MIN_SUMMARY, CatalogGenerator.MAX_SUMMARY);
            assertThat(d.qualifications().keySet()).containsExactlyInAnyOrder(QualificationKind.values());
            assertThat(d.qualifications().values()).allSatisfy(text -> assertThat(text.length())
                    .isBetween(CatalogGenerator.MIN_QUALIFICATION, CatalogGenerator.MAX_QUALIFICATION));
            assertThat(d.duties()).hasSizeBetween(CatalogGenerator.MIN_DUTIES, CatalogGenerator.MAX_DUTIES);
            assertThat(d.duties()).allSatisfy(duty -> assertThat(duty.length())
                    .isBetween(CatalogGenerator.MIN_DUTY, CatalogGenerator.MAX_DUTY));
            assertThat(d.summary()).doesNotContain("{", "}");
        });
    }

    @Test
    void searchWordsFindSubsetsOfTheCatalog() {
        for (String word : List.of("budget", "students", "training", "maintenance", "coordinates", "special education")) {
            long matching = catalog.stream().filter(d -> allText(d).contains(word)).count();
            assertThat(matching).as("descriptions mentioning \"%s\"", word).isBetween(COUNT / 50L, COUNT * 95L / 100);
        }
    }

    @Test
    void fieldsHoldValuesAnEditorCouldHaveEntered() {
        Map<String, Integer> distinct = new HashMap<>();
        assertThat(catalog).allSatisfy(d -> {
            assertThat(d.months()).isIn(10, 11, 12);
            assertThat(d.grade()).isNotBlank().hasSizeLessThanOrEqualTo(10);
            assertThat(d.sqOq()).isIn("Not Applicable", "SQ", "OQ");
            assertThat(d.workingTitle()).hasSizeLessThanOrEqualTo(200);
            LocalDate established = d.classEstablished().atDay(1);
            assertThat(established).isBefore(CatalogGenerator.LATEST_DATE);
            assertThat(d.revisionDates()).hasSizeBetween(0, 3)
                    .allSatisfy(date -> assertThat(date).isAfter(established).isBeforeOrEqualTo(CatalogGenerator.LATEST_DATE));
            if (d.lastReviewed() != null) {
                assertThat(d.lastReviewed()).isAfterOrEqualTo(established).isBeforeOrEqualTo(CatalogGenerator.LATEST_DATE);
            }
        });
        catalog.forEach(d -> distinct.merge(d.grade(), 1, Integer::sum));
        assertThat(distinct).hasSizeGreaterThan(10);
        assertThat(catalog).anyMatch(DescriptionContent::overtimeEligible).anyMatch(d -> !d.overtimeEligible());
        assertThat(catalog).anyMatch(d -> d.lastReviewed() == null).anyMatch(d -> d.revisionDates().isEmpty())
                .anyMatch(d -> d.revisionDates().size() == 3);
        Set<Integer> months = new HashSet<>();
        catalog.forEach(d -> months.add(d.months()));
        assertThat(months).containsExactlyInAnyOrder(10, 11, 12);
    }

    @Test
    void contentIsKeptAsTheApplicationKeepsIt() {
        DescriptionContentJson json = new DescriptionContentJson();
        assertThat(catalog.subList(0, 50)).allSatisfy(d -> assertThat(json.read(json.write(d))).isEqualTo(d));
    }

    private static String allText(DescriptionContent d) {
        Map<QualificationKind, String> qualifications = new EnumMap<>(d.qualifications());
        return (d.workingTitle() + ' ' + d.summary() + ' ' + String.join(" ", qualifications.values()) + ' '
                + String.join(" ", d.duties())).toLowerCase(Locale.ROOT);
    }
}
