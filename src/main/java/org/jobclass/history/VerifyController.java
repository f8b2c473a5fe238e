package org.jobclass.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /verify}: the code printed on a printout, typed in or reached from its QR code, says whether it is current. */
@Controller
class VerifyController {

    /** A code is a few symbols; what is typed beyond this is not shown back. */
    private static final int MAX_SHOWN = 40;

    private final PrintoutVerification verification;

    VerifyController(PrintoutVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            String typed = code.strip();
            model.addAttribute("code", typed.length() > MAX_SHOWN ? typed.substring(0, MAX_SHOWN) + "…" : typed);
            model.addAttribute("verdict", verification.verify(code).orElse(null));
        }
        return "history/verify";
    }
}
