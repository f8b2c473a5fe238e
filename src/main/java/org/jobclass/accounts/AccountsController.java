package org.jobclass.accounts;

import java.security.Principal;

import jakarta.validation.Valid;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page for accounts: create, change role, disable or enable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private static final String VIEW = "accounts/accounts";

    private final AccountService accounts;
    private final MessageSourceAccessor messages;

    AccountsController(AccountService accounts, MessageSourceAccessor messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult result, Principal principal,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername().strip())) {
            result.rejectValue("username", "accounts.error.usernameTaken");
        }
        if (result.hasErrors()) {
            form.setPassword("");
            return page(model);
        }
        Account created = accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword(),
                principal.getName());
        redirect.addFlashAttribute("success", messages.getMessage("accounts.created", new Object[] {created.getUsername()}));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam AccountRole role, Principal principal,
                      RedirectAttributes redirect) {
        return act(redirect, "accounts.roleChanged", () -> accounts.changeRole(id, role, principal.getName()));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
                   @RequestParam(defaultValue = "") String username, Principal principal, Model model,
                   RedirectAttributes redirect) {
        if (!confirmed) {
            model.addAttribute("confirmation", new org.jobclass.system.Confirmation(
                    messages.getMessage("confirm.disable.title", new Object[] {username}),
                    messages.getMessage("confirm.disable.text"), "/admin/accounts/" + id + "/disable",
                    java.util.List.of(java.util.Map.entry("username", username)), "/admin/accounts"));
            return org.jobclass.system.Confirmation.VIEW;
        }
        return act(redirect, "accounts.disabled", () -> accounts.disable(id, principal.getName()));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return act(redirect, "accounts.enabled", () -> accounts.enable(id, principal.getName()));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, Principal principal,
                         Model model, RedirectAttributes redirect) {
        if (!Passwords.isAcceptable(password)) {
            model.addAttribute("form", new NewAccountForm());
            model.addAttribute("passwordErrorFor", id);
            return page(model);
        }
        return act(redirect, "accounts.passwordReset", () -> accounts.resetPassword(id, password, principal.getName()));
    }

    private String act(RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", messages.getMessage(successKey));
        } catch (AccountRuleException refused) {
            redirect.addFlashAttribute("failure", messages.getMessage(refused.getMessageKey()));
        }
        return "redirect:/admin/accounts";
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", AccountRole.values());
        return VIEW;
    }

}
