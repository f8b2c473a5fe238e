package org.jobclass.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jobclass.JobclassApplication;
import org.jobclass.catalog.CatalogGenerator;
import org.jobclass.catalog.CatalogLoader;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.editing.ClassDatesService;
import org.jobclass.editing.EditingService;
import org.jobclass.editing.PublishConfirmation;
import org.jobclass.series.SeriesService;
import org.jobclass.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Disaster recovery of the catalog: a backup taken while editors keep editing and publishing is one snapshot of the
 * catalog, and restored into a new, empty database (a second installation) it gives every public page, every history
 * row, every feed entry and every printout's stamp and verification code exactly as they were when it was taken, with
 * the original publication times and publishers.
 */
class RestoreIntoNewDatabaseTest {

    private static final PublishConfirmation CHECKED = PublishConfirmation.overriding("Checked by the test");
    /** More descriptions than the export reads at once, so that it reads some after the editors' changes. */
    private static final int GENERATED = BackupService.BATCH + 40;
    private static final int EDITORS = 2;
    /** The changes the editors commit while the backup is being written. */
    private static final int CHANGES_DURING_EXPORT = 12;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBackupTakenDuringEditsRestoresIntoANewDatabaseWithEveryPublicPageHistoryAndStampAsItWas() throws Exception {
        Map<String, String> pagesThen;
        Map<String, List<String>> historyThen;
        byte[] backup;
        try (ConfigurableApplicationContext source = start("jobclass_backup_source")) {
            buildCatalog(source);
            Editors editors = new Editors(source);
            editors.start();
            editors.awaitChanges(4);

            editors.pause();
            pagesThen = publicPages(source);
            historyThen = history(source);
            GatedOutput output = new GatedOutput(editors);
            asAdmin(() -> source.getBean(BackupService.class).export(output));
            editors.stop();
            backup = output.bytes();

            assertThat(output.changesWhileWriting()).isGreaterThanOrEqualTo(CHANGES_DURING_EXPORT);
            assertThat(history(source)).as("the editors published while the backup was written").isNotEqualTo(historyThen);
        }

        try (ConfigurableApplicationContext target = start("jobclass_backup_target")) {
            BackupService backups = target.getBean(BackupService.class);
            BackupService.Report report = asAdmin(() -> {
                BackupService.RestorePreview preview = backups.preview(backup, "restorer");
                assertThat(preview.problems()).isEmpty();
                return backups.restore(preview.id(), "restorer");
            });

            assertThat(report.created()).as("all but the two seeded ones").isEqualTo(GENERATED + 6);
            assertThat(history(target)).isEqualTo(historyThen);
            Map<String, String> pagesNow = publicPages(target);
            assertThat(pagesNow.keySet()).containsExactlyElementsOf(pagesThen.keySet());
            assertThat(pagesThen.keySet().stream().filter(path -> !pagesThen.get(path).equals(pagesNow.get(path))))
                    .as("pages that differ, of %d", pagesThen.size()).isEmpty();
            assertThat(new JdbcTemplate(target.getBean(javax.sql.DataSource.class)).queryForList(
                    "select concat_ws(' | ', actor, action, subject_type) from audit_event where action = 'CATALOG_RESTORED'",
                    String.class)).containsExactly("restorer | CATALOG_RESTORED | CATALOG");
        }
    }

    private static ConfigurableApplicationContext start(String database) throws Exception {
        TestDatabase.Connection server = TestDatabase.connection();
        return new SpringApplicationBuilder(JobclassApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + TestDatabase.freshDatabase(database),
                "--spring.datasource.username=" + server.username(), "--spring.datasource.password=" + server.password());
    }

    /**
     * Generated descriptions loaded as the benchmark loads them, and a few with a history made through the application:
     * several publications with notes, a date change, a rename, a retirement, a retirement and restoration, a draft,
     * unpublished changes, and a series.
     */
    private static void buildCatalog(ConfigurableApplicationContext context) throws Exception {
        TestDatabase.Connection server = TestDatabase.connection();
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        List<DescriptionContent> generated = new CatalogGenerator(7).generate(GENERATED + 5);
        try (CatalogLoader loader = new CatalogLoader(() -> DriverManager.getConnection(url, server.username(), server.password()), 2)) {
            loader.publish(generated.subList(0, GENERATED));
        }
        EditingService editing = context.getBean(EditingService.class);
        asAdmin(() -> {
            List<Long> ids = new ArrayList<>();
            for (DescriptionContent content : generated.subList(GENERATED, GENERATED + 5)) {
                ids.add(editing.createAndPublish(content, "First publication", CHECKED, "alice"));
            }
            long twice = ids.get(0);
            DescriptionContent first = editing.summary(twice).content();
            editing.saveAndPublish(twice, withSummary(first, "Rewritten after the review."), editing.summary(twice).version(),
                    "Summary rewritten", CHECKED, "bob");
            context.getBean(ClassDatesService.class).setLastReviewed(twice, java.time.LocalDate.of(2025, 1, 15), "carol");
            long renamed = ids.get(1);
            DescriptionContent before = editing.summary(renamed).content();
            editing.saveAndPublish(renamed, new DescriptionContent(before.officialTitle(), before.code(), before.sqOq(),
                    before.workingTitle() + " (Renamed)", before.grade(), before.months(), before.summary(), before.qualifications(),
                    before.overtimeEligible(), before.duties(), before.classEstablished(), before.revisionDates(),
                    before.lastReviewed()), editing.summary(renamed).version(), "Renamed", CHECKED, "bob");
            editing.retire(ids.get(2), "carol");
            editing.retire(ids.get(3), "carol");
            editing.restore(ids.get(3), "alice");
            editing.save(ids.get(4), withSummary(editing.summary(ids.get(4)).content(), "A change not yet published."),
                    editing.summary(ids.get(4)).version(), "dave");
            DescriptionContent draft = withSummary(generated.get(0), "A draft.");
            editing.create(new DescriptionContent(draft.officialTitle(), draft.code(), draft.sqOq(), "Draft " + draft.workingTitle(),
                    draft.grade(), draft.months(), draft.summary(), draft.qualifications(), draft.overtimeEligible(), draft.duties(),
                    draft.classEstablished(), draft.revisionDates(), draft.lastReviewed()), "dave");
            context.getBean(SeriesService.class).save(null, "Coordinators and Their Clerks",
                    List.of("0435", generated.get(1).code(), generated.get(GENERATED).code()), "alice");
            return null;
        });
    }

    private static DescriptionContent withSummary(DescriptionContent content, String summary) {
        return new DescriptionContent(content.officialTitle(), content.code(), content.sqOq(), content.workingTitle(),
                content.grade(), content.months(), summary, content.qualifications(), content.overtimeEligible(),
                content.duties(), content.classEstablished(), content.revisionDates(), content.lastReviewed());
    }

    /**
     * Editors publishing the descriptions the export reads last, each change one transaction, on threads of their own,
     * until stopped; paused between changes while the test reads the catalog.
     */
    private static final class Editors {

        private final ConfigurableApplicationContext context;
        private final ReentrantReadWriteLock pause = new ReentrantReadWriteLock();
        private final Semaphore changes = new Semaphore(0);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final ExecutorService threads = Executors.newFixedThreadPool(EDITORS);
        private final List<Future<Integer>> running = new ArrayList<>();

        Editors(ConfigurableApplicationContext context) {
            this.context = context;
        }

        void start() {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            List<Long> last = jdbc.queryForList("select id from class_description where status = 'PUBLISHED' order by id desc"
                    + " limit 20", Long.class);
            EditingService editing = context.getBean(EditingService.class);
            for (int editor = 0; editor < EDITORS; editor++) {
                int number = editor;
                running.add(threads.submit(() -> asAdmin(() -> {
                    int made = 0;
                    while (!stopped.get()) {
                        pause.readLock().lock();
                        try {
                            long id = last.get((made * EDITORS + number) % last.size());
                            if (made % 5 == 4) {
                                editing.retire(id, "editor-" + number);
                            } else {
                                DescriptionContent content = editing.summary(id).content();
                                editing.saveAndPublish(id, withSummary(content, "Edit " + made + " by editor " + number + "."),
                                        editing.summary(id).version(), "Edit " + made, CHECKED, "editor-" + number);
                            }
                            made++;
                            changes.release();
                        } finally {
                            pause.readLock().unlock();
                        }
                    }
                    return made;
                })));
            }
        }

        void awaitChanges(int count) throws InterruptedException {
            changes.acquire(count);
        }

        /** Waits for the changes under way and holds the next ones. */
        void pause() {
            pause.writeLock().lock();
            changes.drainPermits();
        }

        void resume() {
            pause.writeLock().unlock();
        }

        void stop() throws Exception {
            stopped.set(true);
            for (Future<Integer> editor : running) {
                assertThat(editor.get()).isPositive();
            }
            threads.shutdown();
        }
    }

    /**
     * Where the backup is written, on the test's thread, which holds the editors' pause. The gzip header is written when
     * the stream is made; anything after it comes from the catalog as read, so the export's snapshot is taken by then.
     * The first write after the header resumes the editors and waits for their changes to be committed; the export then
     * writes what it read and reads the rest of the catalog.
     */
    private static final class GatedOutput extends FilterOutputStream {

        private final Editors editors;
        private long written;
        private boolean opened;
        private int changesWhileWriting;

        GatedOutput(Editors editors) {
            super(new ByteArrayOutputStream());
            this.editors = editors;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written > 0 && !opened) {
                opened = true;
                editors.resume();
                try {
                    editors.awaitChanges(CHANGES_DURING_EXPORT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                changesWhileWriting = CHANGES_DURING_EXPORT;
            }
            out.write(bytes, offset, length);
            written += length;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        int changesWhileWriting() {
            return changesWhileWriting;
        }

        byte[] bytes() {
            return ((ByteArrayOutputStream) out).toByteArray();
        }
    }

    /** Every public page and download about the catalog, by address: its status, where it leads, and what it says. */
    private Map<String, String> publicPages(ConfigurableApplicationContext context) throws Exception {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/classes", "/classes/codes", "/classes/codes?page=2",
                "/classes/grades", "/series", "/changes.atom", "/classes.csv", "/sitemap.xml", "/api/v1/catalog.json"));
        for (String range : List.of("a-c", "d-h", "i-q", "r-z", "other")) {
            for (int page = 1; page <= 2; page++) {
                paths.add("/classes?range=" + range + "&page=" + page);
            }
        }
        jdbc.queryForList("select slug from class_series order by slug", String.class).forEach(slug -> paths.add("/series/" + slug));
        jdbc.queryForList("select code from job_class order by code", String.class).forEach(code -> paths.add("/classes/" + code));
        jdbc.query("""
                        select p.code, p.slug, p.published_by, r.number, r.id, r.code as old_code, r.slug as old_slug
                        from description_revision r join class_description d on d.id = r.description_id
                        join description_revision p on p.id = d.published_revision_id
                        order by p.code, p.slug, r.number
                        """, row -> {
                    String address = "/classes/" + row.getString("code") + "/" + row.getString("slug");
                    paths.add(address);
                    paths.add(address + "/history");
                    paths.add(address + "/changes.atom");
                    if (!"catalog-generator".equals(row.getString("published_by"))) {
                        // Printouts of every description edited in the application (rendering all would take minutes).
                        paths.add(address + ".pdf");
                    }
                    paths.add(address + "/revisions/" + row.getInt("number"));
                    paths.add("/classes/" + row.getString("old_code") + "/" + row.getString("old_slug"));
                    paths.add("/verify?code=" + org.jobclass.catalog.VerificationCode.of(row.getLong("id")));
                });
        Map<String, String> pages = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String body = path.endsWith(".pdf") && response.statusCode() == 200 ? textOf(response.body())
                    : new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            pages.put(path, response.statusCode() + " " + response.headers().firstValue("Location").orElse("") + "\n"
                    + (response.statusCode() == 404 ? "" : body));
        }
        return pages.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> sameOnEveryInstance(entry.getValue(), port), (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * A response as it reads on any instance of the same catalog: without the address the request reached it at (the
     * downloads link back to it), and without when the listings last changed (the sitemap's date of its listing pages,
     * the moment of the last change to the catalog as a whole: in a restored database, the restore).
     */
    private static String sameOnEveryInstance(String response, int port) {
        return response.replace("http://localhost:" + port, "")
                .replaceAll("(<loc>[^<]*/classes(/codes)?</loc>)<lastmod>[^<]*</lastmod>", "$1");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every row of the public history: revisions, retirements and restorations, and the descriptions they belong to. */
    private static Map<String, List<String>> history(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        rows.put("revisions", jdbc.queryForList("""
                select concat_ws(' | ', id, description_id, number, code, slug, working_title, grade, published_at, published_by,
                                 note, title_sort_key, title_range, (content - 'formatVersion')::text)
                from description_revision order by id""", String.class));
        rows.put("status changes", jdbc.queryForList("""
                select concat_ws(' | ', description_id, kind, changed_at, changed_by) from description_status_change
                order by changed_at, description_id""", String.class));
        rows.put("descriptions", jdbc.queryForList("""
                select concat_ws(' | ', d.id, d.public_id, d.status, c.code, c.official_title, d.slug, d.working_title,
                                 d.published_revision_id, d.unpublished_changes, d.summary, d.publication_note, s.name)
                from class_description d join job_class c on c.id = d.job_class_id left join class_series s on s.id = c.series_id
                order by d.id""", String.class));
        rows.put("published", jdbc.queryForList("""
                select concat_ws(' | ', description_id, revision_id, revision_number, code, slug, published_at, document::text)
                from published_description order by description_id""", String.class));
        return rows;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    /** Runs as an admin (and editor), as the services require. */
    private static <T> T asAdmin(Work<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            return work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static void asAdmin(Action action) throws Exception {
        asAdmin(() -> {
            action.run();
            return null;
        });
    }
}
