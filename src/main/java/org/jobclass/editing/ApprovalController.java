package org.jobclass.editing;

import java.security.Principal;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors submit changes for approval; approvers read the queue, then approve or return each with a comment. */
@Controller
class ApprovalController {

    private final ApprovalService approvals;
    private final MessageSourceAccessor messages;

    ApprovalController(ApprovalService approvals, MessageSourceAccessor messages) {
        this.approvals = approvals;
        this.messages = messages;
    }

    @PostMapping("/editor/descriptions/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
                  Principal principal, RedirectAttributes redirect) {
        try {
            approvals.submit(id, version, note, principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("approval.submitted"));
        } catch (EditConflictException changed) {
            redirect.addFlashAttribute("failure", messages.getMessage("editing.changedSincePreview"));
        } catch (IllegalStateException nothing) {
            redirect.addFlashAttribute("failure", messages.getMessage("approval.nothingToSubmit"));
        }
        return "redirect:/editor/descriptions/" + id + "/preview";
    }

    @GetMapping("/admin/approvals")
    String queue(Model model) {
        model.addAttribute("requests", approvals.queue());
        return "editing/approvals";
    }

    @GetMapping("/admin/approvals/{id}")
    String review(@PathVariable long id, Model model) {
        model.addAttribute("review", approvals.review(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "editing/approval";
    }

    @PostMapping("/admin/approvals/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String overrideReason, Principal principal,
                   RedirectAttributes redirect) {
        try {
            approvals.approve(id, overrideReason, principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("approval.approved"));
            return "redirect:/admin/approvals";
        } catch (ApprovalRefusedException refused) {
            redirect.addFlashAttribute("failure", messages.getMessage(refused.messageKey()));
        } catch (PublishCheckException findings) {
            redirect.addFlashAttribute("failure", messages.getMessage("approval.checkReason"));
        } catch (EditConflictException | LooksCutOffException changed) {
            redirect.addFlashAttribute("failure", messages.getMessage("approval.changedSince"));
        }
        return "redirect:/admin/approvals/" + id;
    }

    @PostMapping("/admin/approvals/{id}/return")
    String returnWithComment(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Principal principal,
                             RedirectAttributes redirect) {
        try {
            approvals.returnWithComment(id, comment, principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("approval.returned"));
            return "redirect:/admin/approvals";
        } catch (ApprovalRefusedException refused) {
            redirect.addFlashAttribute("failure", messages.getMessage(refused.messageKey()));
            return "redirect:/admin/approvals/" + id;
        }
    }
}
