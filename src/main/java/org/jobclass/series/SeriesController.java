package org.jobclass.series;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

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

/** Series of classes: browsed by the public at {@code /series}, kept by editors at {@code /editor/series}. */
@Controller
class SeriesController {

    private final SeriesService series;
    private final MessageSourceAccessor messages;

    SeriesController(SeriesService series, MessageSourceAccessor messages) {
        this.series = series;
        this.messages = messages;
    }

    @GetMapping("/series")
    String all(Model model) {
        model.addAttribute("allSeries", series.published());
        return "series/all";
    }

    @GetMapping("/series/{slug}")
    String one(@PathVariable String slug, Model model) {
        model.addAttribute("series", series.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "series/series";
    }

    @GetMapping("/editor/series")
    String editor(Model model) {
        model.addAttribute("allSeries", series.all());
        return "series/editor";
    }

    @PostMapping({"/editor/series", "/editor/series/{id}"})
    String save(@PathVariable(required = false) Long id, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String codes, Principal principal, Model model, RedirectAttributes redirect) {
        List<String> codeList = Arrays.stream(codes.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
        List<SeriesService.Refusal> refusals = series.save(id, name, codeList, principal.getName());
        if (!refusals.isEmpty()) {
            model.addAttribute("allSeries", series.all());
            model.addAttribute("editing", id);
            model.addAttribute("name", name);
            model.addAttribute("codes", codes);
            model.addAttribute("errors", refusals.stream()
                    .map(refusal -> messages.getMessage(refusal.messageKey(), new Object[] {refusal.argument()})).toList());
            return "series/editor";
        }
        redirect.addFlashAttribute("success", messages.getMessage("series.saved", new Object[] {name.strip()}));
        return "redirect:/editor/series";
    }

    @PostMapping("/editor/series/{id}/delete")
    String delete(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        series.delete(id, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("series.deleted"));
        return "redirect:/editor/series";
    }
}
