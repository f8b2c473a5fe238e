package org.jobclass.legacy;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload beyond every limit is refused on the import page, with what the limit is. */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        model.addAttribute("tooLarge", true);
        return "legacy/import";
    }
}
