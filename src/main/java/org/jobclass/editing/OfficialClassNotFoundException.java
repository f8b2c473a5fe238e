package org.jobclass.editing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No official class has this code. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfficialClassNotFoundException extends RuntimeException {

    OfficialClassNotFoundException(String code) {
        super("No official class " + code);
    }
}
