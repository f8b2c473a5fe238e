package org.jobclass.system;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page template to text in the current request's web context, so that its links resolve as they do on
 * pages rendered by the views (static resources get their content-hashed addresses). For pages kept in a cache
 * and for documents made from a page, such as the PDF.
 */
@Component
public class PageRenderer {

    private final SpringTemplateEngine templates;
    private final Organisation organisation;

    PageRenderer(SpringTemplateEngine templates, Organisation organisation) {
        this.templates = templates;
        this.organisation = organisation;
    }

    public String render(String template, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale);
        context.setVariable("organisation", organisation);
        model.forEach(context::setVariable);
        return templates.process(template, context);
    }
}
