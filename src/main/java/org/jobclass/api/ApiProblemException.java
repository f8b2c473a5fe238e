package org.jobclass.api;

import org.springframework.http.HttpStatus;

/**
 * An API request answered with a problem: nothing is published where it looked, or it cannot mean anything. The
 * message key and its arguments say which, in words.
 */
class ApiProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;

    private ApiProblemException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    static ApiProblemException notFound(String messageKey, Object... arguments) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    static ApiProblemException gone(String messageKey, Object... arguments) {
        return new ApiProblemException(HttpStatus.GONE, messageKey, arguments);
    }

    static ApiProblemException badRequest(String messageKey, Object... arguments) {
        return new ApiProblemException(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
