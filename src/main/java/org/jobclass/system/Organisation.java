package org.jobclass.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The employer whose classification plan this site publishes, as configured under {@code jobclass.organisation}.
 *
 * @param name          the employer, e.g. "Montgomery County Public Schools"
 * @param office        the office that owns the plan, first in the breadcrumb
 * @param siteName      the site's own name, shown before the employer's in the page header
 * @param closingNotice the sentence that closes every class description
 */
@Validated
@ConfigurationProperties("jobclass.organisation")
public record Organisation(@NotBlank String name, @NotBlank String office, @NotBlank String siteName,
                           @NotBlank String closingNotice) {

    /** The header of every page: "Office of Human Resources - Montgomery County Public Schools". */
    public String siteTitle() {
        return siteName + " - " + name;
    }
}
