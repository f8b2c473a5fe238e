package org.jobclass.editing;

import java.security.Principal;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page on which editors change an official title, shared by every working title under its code. */
@Controller
@RequestMapping("/editor/classes/{code:[0-9]{1,10}}")
class OfficialClassController {

    private static final int LONGEST_TITLE = 200;

    private final OfficialClassService officialClasses;
    private final MessageSourceAccessor messages;

    OfficialClassController(OfficialClassService officialClasses, MessageSourceAccessor messages) {
        this.officialClasses = officialClasses;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable String code, Model model) {
        OfficialClassService.OfficialClass officialClass = officialClasses.find(code);
        model.addAttribute("officialClass", officialClass);
        model.addAttribute("officialTitle", officialClass.officialTitle());
        return "editing/official-class";
    }

    @PostMapping
    String rename(@PathVariable String code, @RequestParam String officialTitle, @RequestParam long version,
                  Principal principal, Model model, RedirectAttributes redirect) {
        String title = officialTitle.strip();
        if (title.isEmpty() || title.length() > LONGEST_TITLE) {
            model.addAttribute("officialClass", officialClasses.find(code));
            model.addAttribute("officialTitle", officialTitle);
            model.addAttribute("titleError", messages.getMessage(title.isEmpty() ? "form.required" : "officialClass.edit.tooLong"));
            return "editing/official-class";
        }
        try {
            int republished = officialClasses.rename(code, title, version, principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("officialClass.edit.renamed", new Object[] {code, republished}));
        } catch (OfficialTitleChangedException changed) {
            redirect.addFlashAttribute("failure", messages.getMessage("officialClass.edit.changedMeanwhile"));
        }
        return "redirect:/editor/classes/" + code;
    }
}
