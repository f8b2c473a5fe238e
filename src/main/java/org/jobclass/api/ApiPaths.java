package org.jobclass.api;

import org.springframework.stereotype.Component;

/** The addresses the API links to, relative to the site, so that they never depend on the host a request named. */
@Component
class ApiPaths {

    static final String BASE = "/api/v1";

    String officialClass(String code) {
        return BASE + "/classes/" + code;
    }

    String description(String code, String slug) {
        return BASE + "/classes/" + code + "/" + slug;
    }

    String revisions(String code, String slug) {
        return description(code, slug) + "/revisions";
    }

    String revision(String code, String slug, int number) {
        return revisions(code, slug) + "/" + number;
    }

    String page(String code, String slug) {
        return "/classes/" + code + "/" + slug;
    }
}
