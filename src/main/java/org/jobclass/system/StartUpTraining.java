package org.jobclass.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run of a start-up cache. Started with {@code --jobclass.start-up-training=true}, the application asks
 * itself for what a load balancer, an applicant and an editor ask first (health, the listing, a class page and its
 * PDF, a search, the sign-in page), then exits. The JVM then writes every class those requests used to the archive
 * named by {@code -XX:AOTCacheOutput} (Java 25 and later: classes loaded, linked and profiled) or
 * {@code -XX:ArchiveClassesAtExit} (Java 17 to 24: class data sharing), and later starts read that archive instead
 * of the jars. A page that fails makes the run fail: the archive of a broken build is never put to use.
 */
@Component
public class StartUpTraining {

    /** Set to true to make the application serve the training requests to itself and exit. */
    public static final String PROPERTY = "jobclass.start-up-training";

    private static final Logger log = LoggerFactory.getLogger(StartUpTraining.class);
    private static final Pattern CLASS_PAGE_LINK = Pattern.compile("href=\"(/classes/[0-9]+/[a-z0-9-]+)\"");
    private static final Duration REQUEST_TIME_LIMIT = Duration.ofSeconds(60);

    private final Environment environment;

    StartUpTraining(Environment environment) {
        this.environment = environment;
    }

    /** Whether this start is a training run. */
    public static boolean isAsked(Environment environment) {
        return environment.getProperty(PROPERTY, Boolean.class, false);
    }

    /** One request of the training run and how it was answered (0: no answer). */
    public record Visit(String path, int status) {

        boolean answered() {
            return status >= 200 && status < 400;
        }
    }

    /** Serves the training requests to this running application, over HTTP; every visit in the order made. */
    public List<Visit> serveTypicalRequests() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Visit> visits = new ArrayList<>();
        visits.add(visit(http, "/actuator/health").visit());
        Page listing = visit(http, "/classes");
        visits.add(listing.visit());
        visits.add(visit(http, "/").visit());
        visits.add(visit(http, "/search?q=coordinator").visit());
        firstClassPage(listing.body()).ifPresent(classPage -> {
            visits.add(visit(http, classPage).visit());
            visits.add(visit(http, classPage + ".pdf").visit());
        });
        visits.add(visit(http, "/login").visit());
        visits.add(visit(http, "/actuator/health").visit());
        visits.forEach(visit -> log.info("Start-up training: {} answered {}", visit.path(), visit.status()));
        return visits;
    }

    /** The exit status of a training run that made these visits: 0 when every page was answered, 1 otherwise. */
    public static int exitStatus(List<Visit> visits) {
        return visits.stream().allMatch(Visit::answered) ? 0 : 1;
    }

    private record Page(Visit visit, String body) {
    }

    private Page visit(HttpClient http, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(REQUEST_TIME_LIMIT).header("Accept", "text/html,*/*").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(new Visit(path, response.statusCode()), response.body());
        } catch (IOException failure) {
            log.warn("Start-up training: {} was not answered: {}", path, failure.toString());
            return new Page(new Visit(path, 0), "");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Page(new Visit(path, 0), "");
        }
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private static Optional<String> firstClassPage(String listing) {
        Matcher link = CLASS_PAGE_LINK.matcher(listing);
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }
}
