package org.jobclass.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jobclass.system.DisplayTime;
import org.jobclass.system.Organisation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A published description as a PDF, rendered on the server from the same page template as the public page and
 * stamped with the revision it shows and the date it was published.
 */
@RestController
class PdfController {

    private final CatalogService catalog;
    private final SpringTemplateEngine templates;
    private final Organisation organisation;
    private final DisplayTime time;

    PdfController(CatalogService catalog, SpringTemplateEngine templates, Organisation organisation, DisplayTime time) {
        this.catalog = catalog;
        this.templates = templates;
        this.organisation = organisation;
        this.time = time;
    }

    @GetMapping("/classes/{code}/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String slug, HttpServletRequest request,
                               HttpServletResponse response) {
        PublishedPage page = catalog.publishedPage(code, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Locale locale = LocaleContextHolder.getLocale();
        // A web context, so that the page template's links resolve as they do on the page itself.
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale);
        context.setVariable("content", page.content());
        context.setVariable("organisation", organisation);
        context.setVariable("revision", page.revision());
        context.setVariable("publishedOn", time.date(page.publishedAt()));
        String html = templates.process("catalog/pdf", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(code + "-" + slug + ".pdf").build().toString())
                .body(render(html));
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
