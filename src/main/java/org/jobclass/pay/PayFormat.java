package org.jobclass.pay;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Amounts of pay as pages show them, in the currency configured ({@code jobclass.pay.currency}): "$52,000". */
@Component("payFormat")
public class PayFormat {

    private final Currency currency;

    PayFormat(@Value("${jobclass.pay.currency:USD}") String currency) {
        this.currency = Currency.getInstance(currency);
    }

    public String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }
}
