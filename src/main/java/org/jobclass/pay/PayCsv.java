package org.jobclass.pay;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A salary schedule as CSV: a header "grade,minimum,maximum", then one line per grade; amounts may be written with a
 * currency sign and thousands separators ("$52,000"). Reading reports every line it refuses, by its number.
 */
final class PayCsv {

    static final List<String> HEADER = List.of("grade", "minimum", "maximum");

    private PayCsv() {
    }

    record Row(String grade, BigDecimal minimum, BigDecimal maximum) {
    }

    /** A problem on a line: its number (1 is the header) and the message key with its arguments. */
    record Problem(long line, String messageKey, Object... arguments) {
    }

    record Read(List<Row> rows, List<Problem> problems) {
    }

    static Read read(String text) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> grades = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text), format)) {
            if (!parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList().containsAll(HEADER)) {
                problems.add(new Problem(1, "pay.csv.header"));
                return new Read(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    problems.add(new Problem(line, "pay.csv.columns"));
                    continue;
                }
                String grade = record.get("grade");
                BigDecimal minimum = amount(record.get("minimum"));
                BigDecimal maximum = amount(record.get("maximum"));
                if (grade.isEmpty() || grade.length() > 10) {
                    problems.add(new Problem(line, "pay.csv.grade", grade));
                } else if (!grades.add(grade)) {
                    problems.add(new Problem(line, "pay.csv.repeated", grade));
                } else if (minimum == null || maximum == null) {
                    problems.add(new Problem(line, "pay.csv.amount", grade));
                } else if (minimum.compareTo(maximum) > 0) {
                    problems.add(new Problem(line, "pay.csv.order", grade));
                } else {
                    rows.add(new Row(grade, minimum, maximum));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            problems.add(new Problem(1, "pay.csv.unreadable"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "pay.csv.empty"));
        }
        return new Read(rows, problems);
    }

    /** "$52,000.50" → 52000.50; null when it is not an amount of at most ten digits before the point, two after. */
    private static BigDecimal amount(String written) {
        String digits = written.replaceAll("[$€£\\s,]", "");
        if (!digits.matches("[0-9]{1,10}(\\.[0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(digits);
    }

    static String write(List<PayRange> ranges) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (PayRange range : ranges) {
                printer.printRecord(range.grade(), range.minimum().toPlainString(), range.maximum().toPlainString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
