package org.jobclass.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jobclass.pay.PayRange;

/** What the class's grade pays a year under the salary schedule in effect on the day asked (today by default). */
@Schema(name = "Pay")
public record ApiPay(String grade, BigDecimal minimum, BigDecimal maximum,
                     @Schema(description = "ISO 4217 currency code", example = "USD") String currency,
                     @Schema(description = "Always \"year\": the amounts are yearly", example = "year") String period,
                     String schedule, LocalDate scheduleEffectiveOn, String schedulePage) {

    static ApiPay of(PayRange range, String currency) {
        return range == null ? null : new ApiPay(range.grade(), range.minimum(), range.maximum(), currency, "year",
                range.scheduleName(), range.effectiveOn(), "/pay/" + range.scheduleId());
    }
}
