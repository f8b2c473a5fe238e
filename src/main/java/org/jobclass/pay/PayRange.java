package org.jobclass.pay;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a grade pays a year under a salary schedule. */
public record PayRange(String grade, BigDecimal minimum, BigDecimal maximum, long scheduleId, String scheduleName,
                       LocalDate effectiveOn) {
}
