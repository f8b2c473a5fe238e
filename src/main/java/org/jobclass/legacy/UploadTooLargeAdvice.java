package org.jobclass.legacy;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload beyond every limit is refused on the page it was sent from, with what the limit is: the backup page for a
 * backup, the import page otherwise. (The upload is refused before any controller is chosen, so one advice answers.)
 */
@ControllerAdvice
class UploadTooLargeAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        model.addAttribute("tooLarge", true);
        return request.getRequestURI().startsWith(request.getContextPath() + "/admin/backup") ? "backup/backup" : "legacy/import";
    }
}
