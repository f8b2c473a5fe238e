package org.jobclass.editing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DescriptionNotFoundException extends RuntimeException {

    DescriptionNotFoundException(long id) {
        super("No class description " + id);
    }
}
