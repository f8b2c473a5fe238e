package org.jobclass.pay;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of pay: the salary schedules, each with its ranges by grade, and each as CSV. */
@Controller
class PayController {

    private final PayService pay;

    PayController(PayService pay) {
        this.pay = pay;
    }

    @GetMapping("/pay")
    String schedules(Model model) {
        model.addAttribute("schedules", pay.schedules());
        return "pay/schedules";
    }

    @GetMapping("/pay/{id:[0-9]+}")
    String schedule(@PathVariable long id, Model model) {
        model.addAttribute("schedule", pay.schedule(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "pay/schedule";
    }

    @GetMapping("/pay/{id:[0-9]+}.csv")
    ResponseEntity<String> csv(@PathVariable long id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("salary-schedule-" + id + ".csv")
                        .build().toString())
                .body(pay.csv(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }
}
