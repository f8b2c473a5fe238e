package org.jobclass.catalog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** CSV lines as the downloads write them. */
public final class CsvRow {

    private CsvRow() {
    }

    /** One CSV line (RFC 4180): a value with a comma, quote or line break is quoted, its quotes doubled. */
    public static String of(List<String> values) {
        return values.stream().map(CsvRow::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * A value as a cell that no spreadsheet takes for a formula: one starting with "=", "+", "-", "@", a tab or a
     * carriage return is written after an apostrophe, which spreadsheets show as text.
     */
    private static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return Stream.of(",", "\"", "\n", "\r").anyMatch(text::contains) ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
