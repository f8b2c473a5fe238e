package org.jobclass.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A change the database refused where no page has a message of its own for it, or two changes that waited on each
 * other until the database chose one to give way: answered 409 with a page saying that nothing was changed (the
 * transaction was rolled back), never a server error.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseRefusalAdvice {

    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class})
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }
}
