package org.jobclass.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The admins' audit log, filtered by action, person, subject and days, as a page and as a CSV download. */
@Controller
class AuditController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditQuery query;
    private final AuditCsv csv;

    AuditController(AuditQuery query, AuditCsv csv) {
        this.query = query;
        this.csv = csv;
    }

    @GetMapping("/admin/audit")
    String log(@ModelAttribute("filters") AuditFilterForm form, BindingResult result, Model model) {
        AuditFilter filter = form.filter(result);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", query.search(filter, form.getPage()));
        model.addAttribute("actions", AuditAction.values());
        return "audit/log";
    }

    /**
     * The entries the same filters let through, all of them; a filter that cannot be applied is left out. Written on
     * the request's own thread, a batch at a time: the staff session is then saved once, after the download (a body
     * written by another thread would save a session made by this request from two threads at once).
     */
    @GetMapping("/admin/audit.csv")
    void download(@ModelAttribute("filters") AuditFilterForm form, BindingResult result, HttpServletResponse response)
            throws IOException {
        AuditFilter filter = form.filter(result);
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("audit-log.csv").build().toString());
        csv.write(filter, response.getOutputStream());
    }
}
