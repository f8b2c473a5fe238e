package org.jobclass.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jobclass.system.DisplayTime;
import org.jobclass.system.PageRenderer;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published description as a PDF, rendered on the server from the same page template as the public page and
 * stamped with the revision it shows and the date it was published. Made once per revision.
 */
@RestController
class PdfController {

    private final CatalogService catalog;
    private final PageRenderer renderer;
    private final PublicResponses responses;
    private final DisplayTime time;

    PdfController(CatalogService catalog, PageRenderer renderer, PublicResponses responses, DisplayTime time) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.responses = responses;
        this.time = time;
    }

    @GetMapping("/classes/{code}/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String slug, ServletWebRequest request) {
        CatalogService.ClassPage page = catalog.classPage(code, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return responses.download(request, new Representation("pdf:" + page.revisionId(), page.publishedAt()),
                MediaType.APPLICATION_PDF, code + "-" + slug + ".pdf",
                () -> render(renderer.render("catalog/pdf", Map.of("content", page.content(),
                        "revision", page.revisionNumber(), "publishedOn", time.date(page.publishedAt())),
                        request.getRequest(), request.getResponse())));
    }

    private static byte[] render(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
