package org.jobclass.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the database refused where no page has a message of its own for it: answered 409 with a page saying
 * that nothing was changed (the transaction was rolled back), never a server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseRefusalAdvice {

    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(DataIntegrityViolationException refusal, Model model) {
        model.addAttribute("constraint", DatabaseRefusals.constraintOf(refusal).orElse(null));
        return "error/409";
    }
}
