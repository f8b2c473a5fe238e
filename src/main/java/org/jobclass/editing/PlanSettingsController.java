package org.jobclass.editing;

import java.security.Principal;
import java.util.List;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins set how often descriptions are due for review, and record many as reviewed today at once. */
@Controller
class PlanSettingsController {

    private final ReviewCycle reviewCycle;
    private final ClassDatesService dates;
    private final MessageSourceAccessor messages;

    PlanSettingsController(ReviewCycle reviewCycle, ClassDatesService dates, MessageSourceAccessor messages) {
        this.reviewCycle = reviewCycle;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/admin/settings")
    String settings(Model model) {
        model.addAttribute("reviewInterval", String.valueOf(reviewCycle.intervalMonths()));
        model.addAttribute("approvalRequired", reviewCycle.approvalRequired());
        return "editing/settings";
    }

    @PostMapping("/admin/settings")
    String save(@RequestParam(defaultValue = "") String reviewInterval,
                @RequestParam(defaultValue = "false") boolean approvalRequired, Principal principal, Model model,
                RedirectAttributes redirect) {
        Integer months = reviewInterval.strip().matches("[0-9]{1,3}") ? Integer.valueOf(reviewInterval.strip()) : null;
        if (months == null || months < 1 || months > 120) {
            model.addAttribute("reviewInterval", reviewInterval);
            model.addAttribute("approvalRequired", approvalRequired);
            model.addAttribute("reviewIntervalError", messages.getMessage("settings.reviewInterval.invalid"));
            return "editing/settings";
        }
        reviewCycle.setPlan(months, approvalRequired, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("settings.saved"));
        return "redirect:/admin/settings";
    }

    /** Records Last Reviewed as today on every chosen description: one action, all or nothing. */
    @PostMapping("/admin/descriptions/reviewed")
    String reviewedToday(@RequestParam(name = "ids", required = false) List<Long> ids, Principal principal,
                         RedirectAttributes redirect) {
        try {
            int recorded = dates.markReviewedToday(ids == null ? List.of() : ids, principal.getName());
            redirect.addFlashAttribute("success", messages.getMessage("dashboard.reviewedToday.done", new Object[] {recorded}));
        } catch (DateRuleException refused) {
            redirect.addFlashAttribute("failure", messages.getMessage(refused.messageKey()));
        }
        return "redirect:/editor?review=OVERDUE";
    }
}
