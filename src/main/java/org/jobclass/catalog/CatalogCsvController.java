package org.jobclass.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicSite;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** The public listing as CSV, in the catalog's order: one row per published working title. */
@RestController
class CatalogCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final List<String> HEADER = List.of("catalog.csv.title", "catalog.csv.code", "catalog.csv.grade",
            "catalog.csv.range", "catalog.csv.address");

    private final CatalogService catalog;
    private final PublicResponses responses;
    private final MessageSourceAccessor messages;
    private final PublicSite site;

    CatalogCsvController(CatalogService catalog, PublicResponses responses, MessageSource messageSource, PublicSite site) {
        this.catalog = catalog;
        this.responses = responses;
        this.site = site;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/classes.csv")
    ResponseEntity<byte[]> listing(ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        return responses.download(request, new Representation("csv:" + state.version(), state.changedAt()),
                CSV, "class-descriptions.csv", () -> csv(catalog.allEntries()).getBytes(StandardCharsets.UTF_8));
    }

    /** The listing; its addresses are absolute, from the configured public address (never from the request's Host). */
    private String csv(List<CatalogEntry> entries) {
        return CsvRow.of(HEADER.stream().map(messages::getMessage).toList()) + entries.stream()
                .map(entry -> CsvRow.of(List.of(entry.workingTitle(), entry.code(), entry.grade(),
                        messages.getMessage(entry.range().messageKey()),
                        site.absolute("/classes/" + entry.code() + "/" + entry.slug()))))
                .collect(Collectors.joining());
    }
}
