package org.jobclass.editing;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for a description's dates; each date is changed by its own small form. */
@Controller
@RequestMapping("/admin/descriptions/{id}/dates")
class ClassDatesController {

    private static final String VIEW = "editing/dates";

    private final ClassDatesService dates;
    private final EditingService editing;
    private final MessageSourceAccessor messages;

    ClassDatesController(ClassDatesService dates, EditingService editing, MessageSourceAccessor messages) {
        this.dates = dates;
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(id, ClassDatesForm.of(editing.summary(id).content()), model);
    }

    @PostMapping("/established")
    String established(@PathVariable long id, @RequestParam(defaultValue = "") String established, Principal principal,
                       Model model, RedirectAttributes redirect) {
        return apply(id, ClassDatesService.ESTABLISHED, established, text -> text.isBlank() ? null : ClassDatesForm.parseMonth(text),
                month -> dates.setClassEstablished(id, month, principal.getName()), model, redirect);
    }

    @PostMapping("/revised")
    String revised(@PathVariable long id, @RequestParam(defaultValue = "") String revisedOn, Principal principal,
                   Model model, RedirectAttributes redirect) {
        return apply(id, ClassDatesService.REVISED, revisedOn, text -> LocalDate.parse(text.strip()),
                date -> dates.addRevisionDate(id, date, principal.getName()), model, redirect);
    }

    @PostMapping("/revised/today")
    String revisedToday(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return apply(id, ClassDatesService.REVISED, "", text -> dates.today(),
                date -> dates.addRevisionDate(id, date, principal.getName()), model, redirect);
    }

    @PostMapping("/revised/remove")
    String removeRevised(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @RequestParam(defaultValue = "false") boolean confirmed, Principal principal, Model model,
                         RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("confirmation", new org.jobclass.system.Confirmation(
                    messages.getMessage("confirm.removeDate.title", new Object[] {date.toString()}),
                    messages.getMessage("confirm.removeDate.text"), "/admin/descriptions/" + id + "/dates/revised/remove",
                    java.util.List.of(java.util.Map.entry("date", date.toString())), "/admin/descriptions/" + id + "/dates"));
            return org.jobclass.system.Confirmation.VIEW;
        }
        dates.removeRevisionDate(id, date, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("dates.saved"));
        return "redirect:/admin/descriptions/" + id + "/dates";
    }

    @PostMapping("/reviewed")
    String reviewed(@PathVariable long id, @RequestParam(defaultValue = "") String reviewedOn, Principal principal,
                    Model model, RedirectAttributes redirect) {
        return apply(id, ClassDatesService.REVIEWED, reviewedOn, text -> text.isBlank() ? null : LocalDate.parse(text.strip()),
                date -> dates.setLastReviewed(id, date, principal.getName()), model, redirect);
    }

    @PostMapping("/reviewed/today")
    String reviewedToday(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect) {
        return apply(id, ClassDatesService.REVIEWED, "", text -> dates.today(),
                date -> dates.setLastReviewed(id, date, principal.getName()), model, redirect);
    }

    /** Parses what was typed, applies it, and on a refusal shows the page again with the message beside the field. */
    private <T> String apply(long id, String field, String typed, Function<String, T> parse,
                             Consumer<T> change, Model model, RedirectAttributes redirect) {
        ClassDatesForm form = ClassDatesForm.of(editing.summary(id).content());
        form.set(field, typed);
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        try {
            change.accept(parse.apply(typed));
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "dates.error.format." + field);
        } catch (DateRuleException refused) {
            result.rejectValue(refused.field(), refused.messageKey());
        }
        if (result.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
            return page(id, form, model);
        }
        redirect.addFlashAttribute("success", messages.getMessage("dates.saved"));
        return "redirect:/admin/descriptions/" + id + "/dates";
    }

    private String page(long id, ClassDatesForm form, Model model) {
        model.addAttribute("summary", editing.summary(id));
        model.addAttribute("form", form);
        model.addAttribute("today", dates.today());
        return VIEW;
    }

}
