package org.jobclass.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jobclass.system.DisplayTime;
import org.jobclass.system.PageRenderer;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.jobclass.system.PublicSite;
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
 * stamped with its canonical address, the revision it shows, the date it was published and the code (and QR code) to
 * check it at {@code /verify}. Made once per revision.
 */
@RestController
class PdfController {

    private final CatalogService catalog;
    private final PageRenderer renderer;
    private final PublicResponses responses;
    private final DisplayTime time;
    private final PublicSite site;

    PdfController(CatalogService catalog, PageRenderer renderer, PublicResponses responses, DisplayTime time,
                  PublicSite site) {
        this.site = site;
        this.catalog = catalog;
        this.renderer = renderer;
        this.responses = responses;
        this.time = time;
    }

    @GetMapping("/classes/{code}/{slug}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String slug, ServletWebRequest request) {
        CatalogService.ClassPage page = catalog.classPage(code, slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String path = "/classes/" + code + "/" + slug;
        PrintStamp stamp = PrintStamp.of(site.absolute(path), site.absolute("/verify"), page.revisionId(),
                page.revisionNumber(), time.date(page.publishedAt()));
        return responses.download(request, new Representation("pdf:" + page.revisionId(), page.publishedAt()),
                MediaType.APPLICATION_PDF, code + "-" + slug + ".pdf",
                () -> render(renderer.render("catalog/pdf", Map.of("content", page.content(), "stamp", stamp,
                        "qrCode", stamp.qrCodeDataUri()), request.getRequest(), request.getResponse())));
    }

    /**
     * Renders the page as tagged PDF (PDF/UA: structure, title and language for screen readers), its text in fonts
     * embedded in the file that cover what descriptions hold (Latin, Greek, Cyrillic, arrows, mathematical signs), its
     * links absolute.
     */
    private byte[] render(String html) {
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("jobclass");
            font(builder, "DejaVuSerif.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Italic.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            org.jsoup.nodes.Document page = Jsoup.parse(html, site.baseUrl() + "/");
            page.select("a[href]").forEach(link -> link.attr("href", link.absUrl("href")));
            builder.withW3cDocument(new W3CDom().fromJsoup(page), site.baseUrl() + "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> PdfController.class.getResourceAsStream("/fonts/" + file), FONT_FAMILY, weight, style, true);
    }

    /** The family the PDF's stylesheet names for all its text. */
    static final String FONT_FAMILY = "DejaVu Serif";
}
