package org.jobclass.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form kept while its sender was signed out: shown to be sent again, or discarded. */
@Controller
@RequestMapping("/editor/resume")
class ResumeController {

    private final HeldForms heldForms;
    private final MessageSourceAccessor messages;

    ResumeController(HeldForms heldForms, MessageSourceAccessor messages) {
        this.heldForms = heldForms;
        this.messages = messages;
    }

    @GetMapping
    String resume(HttpSession session, Model model) {
        return heldForms.held(session).map(held -> {
            model.addAttribute("held", held);
            return "accounts/resume";
        }).orElse("redirect:/editor");
    }

    @PostMapping("/discard")
    String discard(HttpSession session, RedirectAttributes redirect) {
        heldForms.discard(session);
        redirect.addFlashAttribute("success", messages.getMessage("resume.discarded"));
        return "redirect:/editor";
    }
}
