package org.jobclass.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** "Today" and the times shown to staff are the office's, whatever the server's zone. */
class OfficeTimeZoneTest {

    @Test
    void theClockKeepsTheOfficesTimeZone() {
        Clock office = ClockConfiguration.officeClock("Pacific/Kiritimati");

        assertThat(office.getZone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
    }

    @Test
    void timesAreShownInTheOfficesZone() {
        Instant lateEveningInNewYork = Instant.parse("2026-12-07T03:30:00Z");

        assertThat(new DisplayTime(ClockConfiguration.officeClock("America/New_York")).format(lateEveningInNewYork))
                .isEqualTo("2026-12-06 22:30");
        assertThat(new DisplayTime(ClockConfiguration.officeClock("Europe/Paris")).date(lateEveningInNewYork))
                .isEqualTo("2026-12-07");
    }

    @Test
    void anUnknownZoneStopsTheStartWithItsName() {
        assertThatThrownBy(() -> ClockConfiguration.officeClock("Mars/Olympus")).hasMessageContaining("Mars/Olympus");
    }
}
