package org.jobclass.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the public site is, as configured under {@code jobclass.site}: absolute links (structured data, sitemap,
 * feeds, printouts) are made from this address, never from the Host a request names.
 *
 * @param baseUrl  the public address of the site, without a trailing slash, e.g. "https://jobs.example.org"
 * @param location where the plan's jobs are, e.g. "Montgomery County, Maryland"
 */
@Validated
@ConfigurationProperties("jobclass.site")
public record PublicSite(@NotBlank @Pattern(regexp = "https?://[^/?#]+(/[^?#]*[^/?#])?") String baseUrl,
                         @NotBlank String location) {

    /** The absolute address of a path of the site ("/classes/0435" → "https://jobs.example.org/classes/0435"). */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
