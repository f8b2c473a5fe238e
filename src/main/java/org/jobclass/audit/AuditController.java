package org.jobclass.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' audit log, filtered by action, person and subject. */
@Controller
class AuditController {

    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String actor,
               @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", query.search(action, actor, q, page));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("action", action);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("q", q == null ? "" : q);
        return "audit/log";
    }
}
