package org.jobclass.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST, and sign-out. */
@Controller
class SignInController {

    private final HeldForms heldForms;

    SignInController(HeldForms heldForms) {
        this.heldForms = heldForms;
    }

    static final String ATTEMPTED_USERNAME = "jobclass.signIn.username";

    @GetMapping("/login")
    String signIn(@RequestParam(name = "throttled", required = false) String throttled, HttpSession session, Model model) {
        Object attempted = session.getAttribute(ATTEMPTED_USERNAME);
        model.addAttribute("username", attempted == null ? "" : attempted);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("formHeld", heldForms.held(session).isPresent());
        if (throttled != null && throttled.matches("[0-9]{1,4}")) {
            model.addAttribute("waitSeconds", Integer.parseInt(throttled));
        }
        return "accounts/sign-in";
    }
}
