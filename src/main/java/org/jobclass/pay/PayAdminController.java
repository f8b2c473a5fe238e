package org.jobclass.pay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins load salary schedules from CSV, and remove one loaded by mistake. */
@Controller
class PayAdminController {

    /** A schedule has a line a grade: this is far more than any plan has. */
    private static final long MAX_CSV_BYTES = 512 * 1024;

    private final PayService pay;
    private final MessageSourceAccessor messages;

    PayAdminController(PayService pay, MessageSourceAccessor messages) {
        this.pay = pay;
        this.messages = messages;
    }

    @GetMapping("/admin/pay")
    String page(Model model) {
        model.addAttribute("schedules", pay.schedules());
        return "pay/admin";
    }

    @PostMapping("/admin/pay")
    String load(@RequestParam(defaultValue = "") String name,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                @RequestParam(required = false) MultipartFile file, Principal principal, Model model,
                RedirectAttributes redirect) throws IOException {
        model.addAttribute("name", name);
        model.addAttribute("effectiveOn", effectiveOn);
        model.addAttribute("schedules", pay.schedules());
        if (name.isBlank() || name.strip().length() > 200) {
            model.addAttribute("nameError", messages.getMessage("pay.name.required"));
        }
        if (effectiveOn == null) {
            model.addAttribute("effectiveOnError", messages.getMessage("pay.effectiveOn.required"));
        }
        if (file == null || file.isEmpty() || file.getSize() > MAX_CSV_BYTES) {
            model.addAttribute("fileError", messages.getMessage("pay.file.required"));
        }
        if (model.containsAttribute("nameError") || model.containsAttribute("effectiveOnError") || model.containsAttribute("fileError")) {
            return "pay/admin";
        }
        PayService.Loaded loaded = pay.load(name, effectiveOn, new String(file.getBytes(), StandardCharsets.UTF_8),
                principal.getName());
        if (loaded.id() == null) {
            model.addAttribute("problems", loaded.problems().stream()
                    .map(problem -> messages.getMessage("pay.csv.line", new Object[] {problem.line(),
                            messages.getMessage(problem.messageKey(), problem.arguments())}))
                    .toList());
            return "pay/admin";
        }
        redirect.addFlashAttribute("success", messages.getMessage("pay.loaded", new Object[] {name.strip()}));
        return "redirect:/admin/pay";
    }

    @PostMapping("/admin/pay/{id:[0-9]+}/remove")
    String remove(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        pay.remove(id, principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("pay.removed"));
        return "redirect:/admin/pay";
    }
}
