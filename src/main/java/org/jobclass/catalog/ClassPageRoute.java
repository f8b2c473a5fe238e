package org.jobclass.catalog;

import static org.jobclass.system.PublicResponses.movedPermanentlyTo;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jobclass.pay.PayRange;
import org.jobclass.pay.PayService;
import org.jobclass.system.DisplayTime;
import org.jobclass.system.PageRenderer;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicSite;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A published class description's page, the page the public reads most: named by the revision it shows, so that an
 * unchanged page is answered "not modified" and a changed one rendered once. Its route is a function, matched before
 * the annotated controllers and answered without their per-call work (binding, model attributes, return value
 * handling): served from the cache, the page costs about what a static file does (see bench/RESULTS.md). Addresses
 * with a dot in their last part ({@code .pdf}, {@code .txt}) are the downloads' own.
 */
@Configuration(proxyBeanMethods = false)
class ClassPageRoute {

    @Bean
    RouterFunction<ServerResponse> classPage(CatalogService catalog, PublicResponses responses, OccupationJsonLd jsonLd,
                                             PageRenderer renderer, DisplayTime times, PublicSite site,
                                             PayService pay) {
        String address = "/classes/{code}/{slug:[^.]+}";
        return RouterFunctions.route()
                // A page as it was on a given day (?as_of=) is a past revision's: see HistoryController.
                .GET(address, request -> request.param("as_of").isEmpty(), request -> page(catalog, responses, jsonLd, renderer, times, site, pay, request))
                .HEAD(address, request -> request.param("as_of").isEmpty(), request -> page(catalog, responses, jsonLd, renderer, times, site, pay, request))
                .build();
    }

    private static ServerResponse page(CatalogService catalog, PublicResponses responses, OccupationJsonLd jsonLd,
                                       PageRenderer renderer, DisplayTime times, PublicSite site, PayService pay,
                                       ServerRequest request) {
        String code = request.pathVariable("code");
        String slug = request.pathVariable("slug");
        Optional<CatalogService.ClassPage> page = catalog.classPage(code, slug);
        if (page.isEmpty()) {
            Optional<CatalogEntry> moved = catalog.currentAddressOf(code, slug);
            if (moved.isPresent()) {
                return movedPermanentlyTo("/classes/" + moved.get().code() + "/" + moved.get().slug());
            }
            return gone(catalog.retiredAt(code, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
                    renderer, times, request);
        }
        CatalogService.ClassPage found = page.get();
        return responses.page(request, new Representation("description:" + found.pageKey(), found.lastModified()),
                "catalog/description", model -> {
                    DescriptionContent content = found.content();
                    PayRange range = pay.rangeToday(content.grade()).orElse(null);
                    String path = "/classes/" + code + "/" + slug;
                    model.addAttribute("content", content)
                            .addAttribute("path", path)
                            .addAttribute("jsonLd", jsonLd.of(content, path, found.publishedAt(), range, pay.currency()))
                            .addAttribute("pay", range == null ? null : pay.line(range))
                            .addAttribute("related", catalog.related(code, slug, content.workingTitle()))
                            .addAttribute("stamp", PrintStamp.of(site.absolute(path), site.absolute("/verify"),
                                    found.revisionId(), found.revisionNumber(), times.date(found.publishedAt())))
                            .addAttribute("ranges", found.overview().ranges());
                });
    }

    /** A retired class answers 410 Gone: it was here, it is not coming back at this address; its history stays. */
    private static ServerResponse gone(CatalogService.Retirement retirement, PageRenderer renderer, DisplayTime times,
                                       ServerRequest request) {
        HttpServletResponse response = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        String html = renderer.render("catalog/retired", Map.of("retirement", retirement,
                "retiredOn", times.date(retirement.retiredAt()),
                "path", "/classes/" + retirement.code() + "/" + retirement.slug()), request.servletRequest(), response);
        return ServerResponse.status(HttpStatus.GONE).contentType(MediaType.TEXT_HTML).body(html);
    }
}
