package org.jobclass.system;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/** What error pages show besides the status: on the unavailable page, the staff form that could not be saved. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object unsaved = request.getAttribute(DatabaseUnavailable.UNSAVED_FORM, RequestAttributes.SCOPE_REQUEST);
        if (unsaved != null) {
            attributes.put("unsavedForm", unsaved);
        }
        return attributes;
    }
}
