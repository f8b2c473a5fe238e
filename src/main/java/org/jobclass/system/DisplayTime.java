package org.jobclass.system;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Shows moments to HR staff in the office's time zone; used by templates as {@code @displayTime}. */
@Component("displayTime")
public class DisplayTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Clock clock;

    DisplayTime(Clock clock) {
        this.clock = clock;
    }

    /** The office's time zone, as its identifier ("America/New_York"). */
    public String zone() {
        return clock.getZone().getId();
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
    }

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }
}
