package org.jobclass.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page, error pages included, what the shared layout shows. */
@ControllerAdvice
class SiteModelAdvice {

    private final Organisation organisation;

    SiteModelAdvice(Organisation organisation) {
        this.organisation = organisation;
    }

    @ModelAttribute("organisation")
    Organisation organisation() {
        return organisation;
    }
}
