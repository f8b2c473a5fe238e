package org.jobclass.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A salary schedule as loaded: its name, the day it takes effect, and its ranges by grade. */
public record SalarySchedule(long id, String name, LocalDate effectiveOn, Instant loadedAt, String loadedBy,
                             List<PayRange> ranges) {
}
