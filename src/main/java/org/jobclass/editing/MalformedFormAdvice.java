package org.jobclass.editing;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A description form that no page of the site sends, such as a duty numbered -1 or 10,000: answered 400, the form
 * not understood. Binding such a field fails before any handler runs.
 */
@ControllerAdvice(assignableTypes = DescriptionEditorController.class)
class MalformedFormAdvice {

    @ExceptionHandler({InvalidPropertyException.class, IndexOutOfBoundsException.class})
    void notUnderstood(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form sent was not one of this site's forms.");
    }
}
