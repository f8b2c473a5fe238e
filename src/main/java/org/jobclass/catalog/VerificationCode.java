package org.jobclass.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The short code printed on every printout of a published revision, for a reader to check it at {@code /verify}:
 * the revision's number in the catalog in Crockford's base 32 (no I, L, O or U; read back forgivingly), padded to
 * five symbols, then a check symbol that catches any one symbol mistyped and most swaps. Written "0001A-K".
 */
public final class VerificationCode {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int DIGITS = 5;

    private VerificationCode() {
    }

    public static String of(long revisionId) {
        if (revisionId < 0) {
            throw new IllegalArgumentException("A revision id is never negative");
        }
        StringBuilder digits = new StringBuilder();
        long rest = revisionId;
        do {
            digits.insert(0, SYMBOLS.charAt((int) (rest % 32)));
            rest /= 32;
        } while (rest > 0);
        while (digits.length() < DIGITS) {
            digits.insert(0, '0');
        }
        return digits + "-" + SYMBOLS.charAt(check(digits.toString()));
    }

    /** The revision id a typed code names, or empty when it is not a code (its check symbol disagrees). */
    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('I', '1').replace('L', '1').replace('O', '0');
        if (code.length() < 2 || code.length() > 13 || !code.chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        String digits = code.substring(0, code.length() - 1);
        if (SYMBOLS.indexOf(code.charAt(code.length() - 1)) != check(digits)) {
            return Optional.empty();
        }
        long id = 0;
        for (char symbol : digits.toCharArray()) {
            id = id * 32 + SYMBOLS.indexOf(symbol);
        }
        return Optional.of(id);
    }

    /** Luhn's check, in base 32. */
    private static int check(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int value = SYMBOLS.indexOf(digits.charAt(i));
            if (doubled) {
                value *= 2;
                value = value / 32 + value % 32;
            }
            sum += value;
            doubled = !doubled;
        }
        return (32 - sum % 32) % 32;
    }
}
