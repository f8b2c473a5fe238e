package org.jobclass.api;

import java.net.URI;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's errors as RFC 9457 problem details, in words, never a stack trace. */
@RestControllerAdvice(assignableTypes = {ClassesApiController.class, CatalogDownloadController.class})
class ApiProblems {

    private final MessageSourceAccessor messages;

    ApiProblems(MessageSourceAccessor messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(ApiProblemException refused) {
        return problem(refused.status(), switch (refused.status()) {
                    case NOT_FOUND -> "not-found";
                    case GONE -> "gone";
                    default -> "bad-request";
                },
                messages.getMessage(refused.messageKey(), refused.arguments()));
    }

    @ExceptionHandler
    ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", messages.getMessage("api.badRequest.parameter",
                new Object[] {mismatch.getName()}));
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException missing) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", messages.getMessage("api.badRequest.parameter",
                new Object[] {missing.getParameterName()}));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/api#" + type));
        return problem;
    }
}
