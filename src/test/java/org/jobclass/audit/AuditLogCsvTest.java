package org.jobclass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jobclass.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Admins download the audit log as CSV, filtered as on its page, in the page's words. */
@ApplicationTest
@WithMockUser(username = "chief", roles = "ADMIN")
class AuditLogCsvTest {

    private static final String HEADER = "When (America/New_York),Who,Action,Subject,Detail,What changed";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeEntries() {
        jdbc.update("delete from audit_event where subject_label like 'CSV %' or subject_label like '=%CSV%'"
                + " or subject_label like '+CSV%'");
    }

    @Test
    void theDownloadSaysWhatThePageSaysOneRowPerEntry() throws IOException {
        long role = entry("2026-01-15 15:30:00+00", "chief", "ACCOUNT_ROLE_CHANGED", "ACCOUNT", "CSV person", null);
        change(role, 1, "role", "EDITOR", "ADMIN");
        long edit = entry("2026-01-15 16:00:00+00", "alice", "DESCRIPTION_EDITED", "DESCRIPTION", "CSV 0435 Coordinator",
                "restored the text of revision 2");
        change(edit, 1, "summary", "Old summary,\nin two lines.", "New \"summary\".");
        change(edit, 2, "overtimeEligible", null, "true");
        change(edit, 3, "KNOWLEDGE_SKILLS_ABILITIES", "Knows.", null);
        entry("2026-01-15 17:00:00+00", null, "SIGN_IN_FAILED", "SIGN_IN", "CSV stranger", "rejected; from 0:0:0:0:0:0:0:1");

        MvcTestResult download = mvc.get().uri("/admin/audit.csv?q=CSV").exchange();

        assertThat(download).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"audit-log.csv\"");
        assertThat(download.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        String csv = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).as("a byte order mark, by which spreadsheets know UTF-8").startsWith("\uFEFF");
        assertThat(csv.substring(1)).isEqualTo(HEADER + "\r\n"
                + "2026-01-15 12:00,(not signed in),Sign-in failed,CSV stranger,\"rejected, from ::1\",\r\n"
                + "2026-01-15 11:00,alice,Description edited,CSV 0435 Coordinator,restored the text of revision 2,"
                + "\"Summary: Old summary,\nin two lines. \u2192 New \"\"summary\"\".\n"
                + "Overtime eligible: Yes\n"
                + "Knowledge, skills, and abilities: Knows. \u2192 (none)\"\r\n"
                + "2026-01-15 10:30,chief,Role changed,CSV person,,Role: Editor \u2192 Admin\r\n");
    }

    @Test
    void noCellIsEverTakenForAFormula() throws IOException {
        entry("2026-01-15 15:30:00+00", "=cmd", "SIGNED_IN", "SIGN_IN", "=HYPERLINK(\"http://example.com\",\"CSV\")",
                "from 10.0.0.1");
        entry("2026-01-15 15:31:00+00", "@admin", "SIGNED_IN", "SIGN_IN", "+CSV 1", "from 10.0.0.1");
        entry("2026-01-15 15:32:00+00", "-1", "DESCRIPTION_RETURNED", "DESCRIPTION", "CSV minus", "-2+3");

        List<CSVRecord> rows = rows(mvc.get().uri("/admin/audit.csv?q=CSV").exchange());

        assertThat(rows).extracting(row -> row.get(1) + " | " + row.get(3) + " | " + row.get(4)).containsExactly(
                "'-1 | CSV minus | '-2+3",
                "'@admin | '+CSV 1 | from 10.0.0.1",
                "'=cmd | '=HYPERLINK(\"http://example.com\",\"CSV\") | from 10.0.0.1");
    }

    @Test
    void theDownloadHasTheFiltersOfThePage() throws IOException {
        entry("2026-01-15 15:30:00+00", "alice", "SIGNED_IN", "SIGN_IN", "CSV alice in", "from 10.0.0.1");
        entry("2026-01-16 15:30:00+00", "alice", "SIGNED_IN", "SIGN_IN", "CSV alice in again", "from 10.0.0.1");
        entry("2026-01-16 15:31:00+00", "alice", "SIGN_IN_FAILED", "SIGN_IN", "CSV alice failed", "rejected; from 10.0.0.1");
        entry("2026-01-16 15:32:00+00", "bob", "SIGNED_IN", "SIGN_IN", "CSV bob in", "from 10.0.0.1");

        assertThat(rows(mvc.get().uri("/admin/audit.csv?q=CSV&action=SIGNED_IN&actor=alice&from=2026-01-16&to=2026-01-16")
                .exchange())).extracting(row -> row.get(3)).containsExactly("CSV alice in again");
        assertThat(rows(mvc.get().uri("/admin/audit.csv?q=CSV&actor=alice&from=someday&to=2026-01-16").exchange()))
                .as("a day that is not one is left out, as on the page").extracting(row -> row.get(3))
                .containsExactly("CSV alice failed", "CSV alice in again", "CSV alice in");
    }

    @Test
    void aLogLargerThanABatchIsWrittenWholeEachEntryOnceNewestFirst() throws IOException {
        int entries = AuditQuery.BATCH_SIZE * 2 + 101;
        // Half of them at one moment: the batches follow the log's order, by time and then by id.
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, subject_type, subject_label)
                select case when n % 2 = 0 then timestamptz '2026-01-15 12:00:00+00'
                            else timestamptz '2026-01-15 12:00:00+00' + n * interval '1 second' end,
                       'batcher', 'SIGNED_IN', 'SIGN_IN', 'CSV batch ' || n
                from generate_series(1, ?) n order by n
                """, entries);
        List<String> expected = jdbc.queryForList("select subject_label from audit_event where subject_label like 'CSV batch %'"
                + " order by occurred_at desc, id desc", String.class);

        List<CSVRecord> rows = rows(mvc.get().uri("/admin/audit.csv?actor=batcher").exchange());

        assertThat(rows).extracting(row -> row.get(3)).hasSize(entries).containsExactlyElementsOf(expected);
        assertThat(expected).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, entries).mapToObj(n -> "CSV batch " + n).toList());
    }

    private long entry(String moment, String actor, String action, String subjectType, String subject, String detail) {
        return jdbc.queryForObject("insert into audit_event (occurred_at, actor, action, subject_type, subject_label, detail)"
                + " values (?::timestamptz, ?, ?, ?, ?, ?) returning id", Long.class, moment, actor, action, subjectType, subject, detail);
    }

    private void change(long event, int position, String field, String oldValue, String newValue) {
        jdbc.update("insert into audit_change (audit_event_id, position, field, old_value, new_value) values (?, ?, ?, ?, ?)",
                event, position, field, oldValue, newValue);
    }

    /** The rows of a download, without its header. */
    private static List<CSVRecord> rows(MvcTestResult download) throws IOException {
        assertThat(download).hasStatusOk();
        String csv = download.getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(String.join(",", records.get(0).toList())).isEqualTo(HEADER);
            return records.subList(1, records.size());
        }
    }
}
