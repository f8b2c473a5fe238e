package org.jobclass.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.jobclass.system.PublicSite;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first: {@code /robots.txt} (staff pages are not for them; the sitemap is named) and
 * {@code /sitemap.xml} (every public class page and code page, with when it last changed).
 */
@RestController
class DiscoveryController {

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final CatalogService catalog;
    private final PublicResponses responses;
    private final PublicSite site;

    DiscoveryController(CatalogService catalog, PublicResponses responses, PublicSite site) {
        this.catalog = catalog;
        this.responses = responses;
        this.site = site;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain")
    String robots() {
        return String.join("\n", "User-agent: *", "Disallow: /editor/", "Disallow: /admin/", "Disallow: /login",
                "Disallow: /search", "", "Sitemap: " + site.absolute("/sitemap.xml"), "");
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        return responses.download(request, new Representation("sitemap:" + state.version(), state.changedAt()), XML, null,
                () -> sitemap(catalog.allPages(), state.changedAt()).getBytes(StandardCharsets.UTF_8));
    }

    private String sitemap(List<PublishedPage> pages, Instant catalogChanged) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/classes", catalogChanged);
        url(xml, "/classes/codes", catalogChanged);
        Map<String, Instant> codes = new TreeMap<>();
        for (PublishedPage page : pages) {
            url(xml, page.path(), page.publishedAt());
            codes.merge(page.code(), page.publishedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        codes.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(code -> url(xml, "/classes/" + code.getKey(), code.getValue()));
        return xml.append("</urlset>\n").toString();
    }

    private void url(StringBuilder xml, String path, Instant lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absolute(path), "UTF-8")).append("</loc><lastmod>")
                .append(lastModified.atOffset(ZoneOffset.UTC).withNano(0)).append("</lastmod></url>\n");
    }
}
