package org.jobclass.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers the public's reads of published content. Each representation is named by a key that changes whenever
 * what it shows changes (a published revision's id, the catalog's version) and is made once per key, then kept
 * in a bounded cache. The key with the site's version is the response's {@code ETag}; a request that already holds
 * it is answered {@code 304 Not Modified} before anything is rendered. Browsers and shared caches may store the
 * responses but revalidate them on every use, so a publication is seen at once.
 */
@Component
public class PublicResponses {

    static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Cache<String, byte[]> bodies;
    private final PageRenderer renderer;
    private final SiteVersion site;

    PublicResponses(PageRenderer renderer, SiteVersion site,
                    @Value("${jobclass.cache.public-responses:64MB}") DataSize capacity) {
        this.renderer = renderer;
        this.site = site;
        this.bodies = Caffeine.newBuilder()
                .maximumWeight(capacity.toBytes())
                .weigher((String key, byte[] body) -> key.length() * 2 + body.length + 64)
                // Evictions on the requesting threads, at once: the cache never holds more than its capacity.
                .executor(Runnable::run)
                .build();
    }

    /**
     * What a public response is: its key, unique to its content (a revision id, a catalog version, the query),
     * and when that content last changed.
     */
    public record Representation(String key, Instant lastModified) {
    }

    /** A public page rendered from its template, or 304 when the client's copy is current. */
    public ResponseEntity<byte[]> page(ServletWebRequest request, Representation representation, String template,
                                       Consumer<ModelMap> model) {
        return respond(request, representation, HTML, null, () -> {
            ModelMap attributes = new ModelMap();
            model.accept(attributes);
            return renderer.render(template, attributes, request.getRequest(), request.getResponse())
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    /** The same for a page routed by a function: 304, or the page from the cache or rendered now. */
    public ServerResponse page(ServerRequest request, Representation representation, String template,
                               Consumer<ModelMap> model) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getResponse();
        ResponseEntity<byte[]> page = page(new ServletWebRequest(request.servletRequest(), response), representation,
                template, model);
        if (page == null) {
            // Answered "not modified": the status, validators and Cache-Control are already on the response.
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).build();
        }
        // The validators are on the response already too: checking them put them there.
        return ServerResponse.status(page.getStatusCode())
                .headers(headers -> page.getHeaders().forEach((name, values) -> {
                    if (!name.equalsIgnoreCase(HttpHeaders.ETAG) && !name.equalsIgnoreCase(HttpHeaders.LAST_MODIFIED)) {
                        headers.addAll(name, values);
                    }
                }))
                .body(page.getBody());
    }

    /** {@link #movedPermanently(String)} for a page routed by a function. */
    public static ServerResponse movedPermanentlyTo(String path) {
        ResponseEntity<byte[]> redirect = movedPermanently(path);
        return ServerResponse.status(redirect.getStatusCode()).location(redirect.getHeaders().getLocation()).build();
    }

    /**
     * A permanent redirect within the site, as a public page answers an address it was once at or is also written as
     * (an old working title, a code without its leading zeros): links and bookmarks keep working and search engines
     * learn the address that stays.
     */
    public static ResponseEntity<byte[]> movedPermanently(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(redirect(path).getHeaders().getLocation()).build();
    }

    /**
     * A redirect within the site, as a search for a code answers with the code's page: relative to the site, so that
     * it never depends on the host the request named.
     */
    public static ResponseEntity<byte[]> redirect(String path) {
        String contextPath = Objects.toString(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath(), "");
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(contextPath + path)).build();
    }

    /** A download of published content, offered as a file with this name, or 304 when the client's copy is current. */
    public ResponseEntity<byte[]> download(ServletWebRequest request, Representation representation, MediaType type,
                                           String fileName, Supplier<byte[]> body) {
        return respond(request, representation, type, fileName, body);
    }

    private ResponseEntity<byte[]> respond(ServletWebRequest request, Representation representation, MediaType type,
                                           String fileName, Supplier<byte[]> body) {
        String etag = etag(representation.key());
        long lastModified = representation.lastModified().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE.getHeaderValue());
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .lastModified(lastModified)
                .cacheControl(REVALIDATE);
        if (fileName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(fileName).build().toString());
        }
        return response.body(bodies.get(representation.key(), key -> body.get()));
    }

    private String etag(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "|" + site.fingerprint()).getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
