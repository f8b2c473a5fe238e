package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules a class's dates follow together: none in the future, none before the class was established. */
class ClassDatesRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void datesInOrderAndUpToTodayAreRight() {
        assertThat(new ClassDates(YearMonth.of(2020, 3), List.of(LocalDate.of(2020, 3, 1), TODAY), TODAY).violation(TODAY))
                .isEmpty();
        assertThat(new ClassDates(null, null, null).violation(TODAY)).isEmpty();
    }

    @Test
    void anyDateAfterTodayIsRefused() {
        assertThat(new ClassDates(YearMonth.of(2026, 12), List.of(), null).violation(TODAY)).contains("dates.error.future");
        assertThat(new ClassDates(null, List.of(TODAY.plusDays(1)), null).violation(TODAY)).contains("dates.error.future");
        assertThat(new ClassDates(null, List.of(), TODAY.plusDays(1)).violation(TODAY)).contains("dates.error.future");
    }

    @Test
    void aRevisionOrReviewBeforeTheMonthTheClassWasEstablishedIsRefused() {
        YearMonth established = YearMonth.of(2022, 6);

        assertThat(new ClassDates(established, List.of(LocalDate.of(2022, 5, 31)), null).violation(TODAY))
                .contains("dates.error.beforeEstablished");
        assertThat(new ClassDates(established, List.of(), LocalDate.of(2021, 1, 1)).violation(TODAY))
                .contains("dates.error.beforeEstablished");
        assertThat(new ClassDates(established, List.of(LocalDate.of(2022, 6, 1)), null).violation(TODAY)).isEmpty();
    }
}
