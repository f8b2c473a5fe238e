package org.jobclass.legacy;

import java.nio.charset.StandardCharsets;

import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.Slugs;
import org.jobclass.editing.EditingService;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/** Class descriptions as plain text in the original layout: the published page, or an editor's working copy. */
@RestController
class LegacyExportController {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final CatalogService catalog;
    private final PublicResponses responses;
    private final EditingService editing;
    private final LegacyPageWriter writer;

    LegacyExportController(CatalogService catalog, PublicResponses responses, EditingService editing,
                           LegacyPageWriter writer) {
        this.catalog = catalog;
        this.responses = responses;
        this.editing = editing;
        this.writer = writer;
    }

    /** The published page as text, made once per revision. */
    @GetMapping("/classes/{code}/{slug}.txt")
    ResponseEntity<byte[]> published(@PathVariable String code, @PathVariable String slug, ServletWebRequest request) {
        CatalogService.ClassPage page = catalog.classPage(code, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return responses.download(request, new Representation("text:" + page.revisionId(), page.publishedAt()), TEXT,
                code + "-" + slug + ".txt", () -> writer.write(page.content()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/editor/descriptions/{id}/text")
    ResponseEntity<String> workingCopy(@PathVariable long id) {
        return text(editing.summary(id).content());
    }

    private ResponseEntity<String> text(DescriptionContent content) {
        String fileName = content.code() + "-" + Slugs.of(content.workingTitle()) + ".txt";
        return ResponseEntity.ok()
                .contentType(TEXT)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(writer.write(content));
    }
}
