package org.jobclass.api;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The API described in words, for the people who write the systems that read it: a plain page, no scripts. */
@Controller
public class ApiDocsController {

    /** The routes, in the order the page explains them (each has a message {@code apidocs.route.N}). */
    public static final List<String> ROUTES = List.of(ApiPaths.BASE + "/classes?q=&grade=&months=&overtime=&sqOq=&page=",
            ApiPaths.BASE + "/classes/{code}", ApiPaths.BASE + "/classes/{code}/{slug}",
            ApiPaths.BASE + "/classes/{code}/{slug}?as_of=YYYY-MM-DD", ApiPaths.BASE + "/classes/{code}/{slug}/revisions",
            ApiPaths.BASE + "/classes/{code}/{slug}/revisions/{number}", ApiPaths.BASE + "/catalog.json",
            ApiPaths.BASE + "/catalog.csv");

    /** The fields of a class description, as named in every answer and download. */
    public static final List<String> FIELDS = List.of("code", "slug", "officialTitle", "sqOq", "workingTitle", "grade",
            "months", "summary", "qualifications", "overtimeEligible", "duties", "classEstablished", "datesRevised",
            "lastReviewed", "revision", "publishedAt", "links");

    @GetMapping("/api")
    String docs() {
        return "api/docs";
    }
}
