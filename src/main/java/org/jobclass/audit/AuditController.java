package org.jobclass.audit;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    /** The entries the same filters let through, all of them; a filter that cannot be applied is left out. */
    @GetMapping("/admin/audit.csv")
    ResponseEntity<StreamingResponseBody> download(@ModelAttribute("filters") AuditFilterForm form, BindingResult result) {
        AuditFilter filter = form.filter(result);
        return ResponseEntity.ok().contentType(CSV).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-log.csv").build().toString())
                .body(out -> csv.write(filter, out));
    }
}
