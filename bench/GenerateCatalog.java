import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jobclass.catalog.CatalogGenerator;
import org.jobclass.catalog.CatalogLoader;
import org.jobclass.catalog.DescriptionContent;

/**
 * Fills a jobclass database with generated, published class descriptions until it holds the number asked for:
 * {@code GenerateCatalog <jdbc-url> <user> <password> <count> [seed]}. Descriptions already published (the
 * two seeded ones) count towards it; nothing is added when there are as many already. Official classes whose
 * code exists already are left alone, so running it again with a larger count adds to what it added before.
 * <p>
 * Run as a source file on the test classpath ({@code java -cp ... bench/GenerateCatalog.java ...}): kept out of the
 * test classes, whose only main class is the local run's.
 */
public final class GenerateCatalog {

    /** Descriptions published per transaction. */
    private static final int CHUNK = 1_000;

    private GenerateCatalog() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("Usage: GenerateCatalog <jdbc-url> <user> <password> <count> [seed]");
            System.exit(2);
        }
        String url = args[0];
        int wanted = Integer.parseInt(args[3]);
        long seed = args.length == 5 ? Long.parseLong(args[4]) : CatalogGenerator.DEFAULT_SEED;

        long start = System.nanoTime();
        int parallelism = Math.min(4, Runtime.getRuntime().availableProcessors());
        try (CatalogLoader loader = new CatalogLoader(() -> DriverManager.getConnection(url, args[1], args[2]), parallelism)) {
            int existing = loader.publishedCount();
            int missing = Math.max(0, wanted - existing);
            Set<String> takenCodes = loader.existingCodes();
            CatalogGenerator generator = new CatalogGenerator(seed);
            int added = 0;
            while (added < missing) {
                List<DescriptionContent> chunk = new ArrayList<>(Math.min(CHUNK, missing - added));
                while (chunk.size() < Math.min(CHUNK, missing - added)) {
                    DescriptionContent description = generator.next();
                    if (!takenCodes.contains(description.code())) {
                        chunk.add(description);
                    }
                }
                loader.publish(chunk);
                added += chunk.size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "Added %d published descriptions to the %d there were (now %d) in %.1f s%n",
                    added, existing, loader.publishedCount(), seconds);
        }
    }
}
