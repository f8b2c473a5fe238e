package org.jobclass.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public listing as CSV, in the catalog's order: one row per published working title. */
@RestController
class CatalogCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CatalogService catalog;

    CatalogCsvController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/classes.csv")
    ResponseEntity<String> listing() {
        CatalogListing listing = catalog.listing();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String rows = listing.ranges().stream()
                .flatMap(range -> listing.entries(range).stream().map(entry -> row(List.of(entry.workingTitle(),
                        entry.code(), entry.grade(), range.getLabel(),
                        base + "/classes/" + entry.code() + "/" + entry.slug()))))
                .collect(Collectors.joining());
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("class-descriptions.csv").build().toString())
                .body(row(List.of("Working title", "Code", "Grade", "Range", "Address")) + rows);
    }

    /** One CSV line (RFC 4180): a value with a comma, quote or line break is quoted, its quotes doubled. */
    static String row(List<String> values) {
        return values.stream()
                .map(value -> Stream.of(",", "\"", "\n", "\r").anyMatch(value::contains)
                        ? "\"" + value.replace("\"", "\"\"") + "\"" : value)
                .collect(Collectors.joining(",")) + "\r\n";
    }
}
