package org.jobclass.accounts;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST, and sign-out. */
@Controller
class SignInController {

    static final String ATTEMPTED_USERNAME = "jobclass.signIn.username";

    @GetMapping("/login")
    String signIn(HttpSession session, Model model) {
        Object attempted = session.getAttribute(ATTEMPTED_USERNAME);
        model.addAttribute("username", attempted == null ? "" : attempted);
        return "accounts/sign-in";
    }
}
