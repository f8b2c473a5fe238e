package org.jobclass.pay;

/** What a grade pays, as a class page says it: the amounts written in the site's currency, and the schedule. */
public record PayLine(String grade, String minimum, String maximum, long scheduleId, String scheduleName) {
}
