package org.jobclass.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jobclass.catalog.CsvRow;
import org.jobclass.system.DisplayTime;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The audit log as CSV, in the words of its page: one row per entry, newest first, written as it is read. It starts
 * with a byte order mark, by which spreadsheets know the file is UTF-8; no cell is ever taken for a formula.
 */
@Component
class AuditCsv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final AuditQuery query;
    private final MessageSourceAccessor messages;
    private final DisplayTime displayTime;

    AuditCsv(AuditQuery query, MessageSourceAccessor messages, DisplayTime displayTime) {
        this.query = query;
        this.messages = messages;
        this.displayTime = displayTime;
    }

    void write(AuditFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        writer.write(CsvRow.of(List.of(messages.getMessage("audit.csv.when", new Object[] {displayTime.zone()}),
                messages.getMessage("audit.column.who"), messages.getMessage("audit.column.action"),
                messages.getMessage("audit.column.subject"), messages.getMessage("audit.column.detail"),
                messages.getMessage("audit.column.changes"))));
        query.each(filter, line -> {
            try {
                writer.write(CsvRow.of(List.of(line.when(), line.who(), line.action(), orEmpty(line.subject()),
                        orEmpty(line.detail()), changes(line.changes()))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** Each change on a line of its own: "Role: Editor → Admin". */
    private String changes(List<AuditLine.Change> changes) {
        return changes.stream().map(change -> messages.getMessage(change.before() == null ? "audit.csv.set"
                                : change.after() == null ? "audit.csv.removed" : "audit.csv.changed",
                        new Object[] {change.field(), orEmpty(change.before()), orEmpty(change.after())}))
                .collect(Collectors.joining("\n"));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
