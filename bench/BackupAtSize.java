import java.io.ByteArrayOutputStream;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;

import org.jobclass.JobclassApplication;
import org.jobclass.backup.BackupService;
import org.jobclass.catalog.CatalogGenerator;
import org.jobclass.catalog.CatalogLoader;
import org.jobclass.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Backs up a catalog of generated descriptions and restores it into a new database, as an admin would, reporting the
 * time each step takes, the size of the backup and the heap in use: {@code BackupAtSize [count]} (10,000 when not
 * given). Run it with the heap the application gets ({@code java -Xmx256m ...}): the backup is written and read a
 * batch of descriptions at a time, so a catalog of any size fits. It starts the tests' PostgreSQL (embedded, or a
 * container where Docker answers) and two instances of the application, one after the other, each on a new database.
 * <p>
 * Run as a source file on the test classpath, like {@code GenerateCatalog.java}.
 */
public final class BackupAtSize {

    private BackupAtSize() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
        TestDatabase.Connection server = TestDatabase.connection();
        byte[] backup;
        try (ConfigurableApplicationContext source = start("jobclass_backup_at_size_source")) {
            String url = source.getEnvironment().getProperty("spring.datasource.url");
            long start = System.nanoTime();
            try (CatalogLoader loader = new CatalogLoader(() -> DriverManager.getConnection(url, server.username(), server.password()), 2)) {
                CatalogGenerator generator = new CatalogGenerator();
                for (int done = 0; done < count; done += 1000) {
                    loader.publish(generator.generate(Math.min(1000, count - done)));
                }
            }
            report("Loaded " + count + " published descriptions", start);
            start = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.getBean(BackupService.class).export(out);
            backup = out.toByteArray();
            report(String.format(Locale.ROOT, "Backed up: %.1f MB", backup.length / 1e6), start);
        }
        try (ConfigurableApplicationContext target = start("jobclass_backup_at_size_target")) {
            BackupService backups = target.getBean(BackupService.class);
            long start = System.nanoTime();
            BackupService.RestorePreview preview = backups.preview(backup, "admin");
            if (preview.refused()) {
                throw new IllegalStateException("The backup was refused: " + preview.problems());
            }
            report("Previewed: " + preview.count(BackupService.Change.CREATE) + " to create", start);
            start = System.nanoTime();
            BackupService.Report restored = backups.restore(preview.id(), "admin");
            report("Restored: " + restored.created() + " created, " + restored.updated() + " updated, "
                    + restored.revisionsAdded() + " revisions added", start);
            start = System.nanoTime();
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            backups.export(again);
            preview = backups.preview(again.toByteArray(), "admin");
            report("Backed up the restored catalog and previewed it again: " + preview.count(BackupService.Change.UNCHANGED)
                    + " unchanged", start);
        }
    }

    private static void report(String what, long since) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "%s in %.1f s (heap in use %d MB of %d MB)%n", what, (System.nanoTime() - since) / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static ConfigurableApplicationContext start(String database) throws Exception {
        TestDatabase.Connection server = TestDatabase.connection();
        return new SpringApplicationBuilder(JobclassApplication.class).run("--server.port=0", "--logging.level.root=warn",
                "--spring.datasource.url=" + TestDatabase.freshDatabase(database),
                "--spring.datasource.username=" + server.username(), "--spring.datasource.password=" + server.password());
    }
}
