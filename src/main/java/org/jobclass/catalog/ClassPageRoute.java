package org.jobclass.catalog;

import static org.jobclass.system.PublicResponses.redirectTo;

import java.util.Optional;

import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
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
    RouterFunction<ServerResponse> classPage(CatalogService catalog, PublicResponses responses, OccupationJsonLd jsonLd) {
        String address = "/classes/{code}/{slug:[^.]+}";
        return RouterFunctions.route()
                .GET(address, request -> page(catalog, responses, jsonLd, request))
                .HEAD(address, request -> page(catalog, responses, jsonLd, request))
                .build();
    }

    private static ServerResponse page(CatalogService catalog, PublicResponses responses, OccupationJsonLd jsonLd,
                                       ServerRequest request) {
        String code = request.pathVariable("code");
        String slug = request.pathVariable("slug");
        Optional<CatalogService.ClassPage> page = catalog.classPage(code, slug);
        if (page.isEmpty()) {
            CatalogEntry moved = catalog.currentAddressOf(code, slug)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return redirectTo("/classes/" + moved.code() + "/" + moved.slug());
        }
        CatalogService.ClassPage found = page.get();
        return responses.page(request, new Representation("description:" + found.pageKey(), found.lastModified()),
                "catalog/description", model -> {
                    DescriptionContent content = found.content();
                    String path = "/classes/" + code + "/" + slug;
                    model.addAttribute("content", content)
                            .addAttribute("path", path)
                            .addAttribute("jsonLd", jsonLd.of(content, path, found.publishedAt()))
                            .addAttribute("ranges", found.overview().ranges());
                });
    }
}
