package org.jobclass.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public listing as CSV, in the catalog's order: one row per published working title. */
@RestController
class CatalogCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final List<String> HEADER = List.of("catalog.csv.title", "catalog.csv.code", "catalog.csv.grade",
            "catalog.csv.range", "catalog.csv.address");

    private final CatalogService catalog;
    private final PublicResponses responses;
    private final MessageSourceAccessor messages;

    CatalogCsvController(CatalogService catalog, PublicResponses responses, MessageSource messageSource) {
        this.catalog = catalog;
        this.responses = responses;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/classes.csv")
    ResponseEntity<byte[]> listing(ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return responses.download(request, new Representation("csv:" + state.version() + ":" + base, state.changedAt()),
                CSV, "class-descriptions.csv", () -> csv(catalog.allEntries(), base).getBytes(StandardCharsets.UTF_8));
    }

    private String csv(List<CatalogEntry> entries, String base) {
        return CsvRow.of(HEADER.stream().map(messages::getMessage).toList()) + entries.stream()
                .map(entry -> CsvRow.of(List.of(entry.workingTitle(), entry.code(), entry.grade(),
                        messages.getMessage(entry.range().messageKey()),
                        base + "/classes/" + entry.code() + "/" + entry.slug())))
                .collect(Collectors.joining());
    }
}
