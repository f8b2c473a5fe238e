package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleRangeTest {

    @ParameterizedTest(name = "\"{0}\" is filed under {1}")
    @CsvSource(delimiter = '|', value = {
            "Accountant                    | A_C",
            "coordinator, lower case       | A_C",
            "Cafeteria Worker              | A_C",
            "Data Analyst                  | D_H",
            "Hvac Mechanic                 | D_H",
            "Instructional Assistant       | I_Q",
            "Quality Assurance Specialist  | I_Q",
            "quartermaster                 | I_Q",
            "Radiologic Technician         | R_Z",
            "zoning clerk                  | R_Z",
            "Écologist                     | D_H",
            "ñandú keeper                  | I_Q",
            "\"Quoted\" Title              | I_Q",
            "(Acting) Principal            | A_C",
            "  - Dash-led Title            | D_H",
            "911 Dispatcher                | OTHER",
            "3D Print Technician           | OTHER",
            "Ωmega Engineer                | OTHER",
            "...                           | OTHER"})
    void titleFallsInTheRangeOfItsFirstLetter(String title, TitleRange expected) {
        assertThat(TitleRange.of(title)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"a-c, A_C", "D-H, D_H", "i-q, I_Q", "r-z, R_Z", "other, OTHER"})
    void rangeIsFoundByItsUrlKey(String key, TitleRange expected) {
        assertThat(TitleRange.fromKey(key)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"a-z", "A - C", "''", "x"})
    void unknownKeysNameNoRange(String key) {
        assertThat(TitleRange.fromKey(key)).isEmpty();
    }
}
