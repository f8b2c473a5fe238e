package org.jobclass.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's clock: "today" (is a date in the future? is a class due for review?) and every time shown to staff are
 * in the office's time zone ({@code jobclass.organisation.time-zone}), never the server's.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${jobclass.organisation.time-zone}") String timeZone) {
        return officeClock(timeZone);
    }

    static Clock officeClock(String timeZone) {
        return Clock.system(ZoneId.of(timeZone));
    }
}
