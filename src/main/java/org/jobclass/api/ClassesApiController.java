package org.jobclass.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jobclass.search.OvertimeFilter;
import org.jobclass.search.SearchQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read API of the published plan: JSON, public, published content only. */
@RestController
@RequestMapping(value = ApiPaths.BASE, produces = "application/json")
@Tag(name = "Classes", description = "The published class descriptions and their revisions")
class ClassesApiController {

    private final OpenDataService openData;

    ClassesApiController(OpenDataService openData) {
        this.openData = openData;
    }

    @GetMapping("/classes")
    @Operation(summary = "A page of the published classes",
            description = "Found as the site's search finds them (words in web search syntax, filters); all of them, in"
                    + " title order, when no words or filters are given. Twenty a page.")
    ResponseEntity<ApiPage> classes(
            @Parameter(description = "Words to find, as typed in the site's search") @RequestParam(required = false) String q,
            @RequestParam(required = false) String grade,
            @RequestParam(required = false) Integer months,
            @Parameter(description = "yes, no or not-stated") @RequestParam(required = false) String overtime,
            @Parameter(description = "SQ/OQ as the descriptions state it") @RequestParam(required = false) String sqOq,
            @RequestParam(defaultValue = "1") int page) {
        return revalidated(openData.classes(new SearchQuery(q, grade, months, overtime(overtime), sqOq, page)));
    }

    @GetMapping("/classes/{code}")
    @Operation(summary = "An official class and its published working titles")
    ResponseEntity<ApiOfficialClass> officialClass(@PathVariable String code) {
        return revalidated(openData.officialClass(code).orElseThrow(() -> ApiProblemException.notFound("api.notFound.code", code)));
    }

    @GetMapping("/classes/{code}/{slug}")
    @Operation(summary = "A published class description, every field",
            description = "With as_of, the revision that was public at the end of that day.")
    ResponseEntity<ApiClassDescription> description(@PathVariable String code, @PathVariable String slug,
            @Parameter(name = "as_of", description = "A day, YYYY-MM-DD")
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (asOf != null) {
            return revalidated(openData.asOf(code, slug, asOf)
                    .orElseThrow(() -> ApiProblemException.notFound("api.notFound.asOf", code, slug, asOf)));
        }
        return revalidated(openData.current(code, slug));
    }

    @GetMapping("/classes/{code}/{slug}/revisions")
    @Operation(summary = "Every published revision of a description, newest first")
    ResponseEntity<List<ApiRevision>> revisions(@PathVariable String code, @PathVariable String slug) {
        return revalidated(openData.revisions(code, slug).orElseThrow(() -> ApiProblemException.notFound("api.notFound.description", code, slug)));
    }

    @GetMapping("/classes/{code}/{slug}/revisions/{number}")
    @Operation(summary = "One published revision, exactly as it was published")
    ResponseEntity<ApiClassDescription> revision(@PathVariable String code, @PathVariable String slug, @PathVariable int number) {
        return revalidated(openData.revision(code, slug, number)
                .orElseThrow(() -> ApiProblemException.notFound("api.notFound.revision", code, slug, number)));
    }

    /** Any other address under the API is a problem detail too, never the site's HTML page. */
    @GetMapping("/**")
    @Hidden
    ResponseEntity<Void> unknown(HttpServletRequest request) {
        throw ApiProblemException.notFound("api.notFound.route", request.getRequestURI());
    }

    private static OvertimeFilter overtime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return OvertimeFilter.ofKey(value).orElseThrow(() -> ApiProblemException.badRequest("api.badRequest.overtime", value));
    }

    /** Clients may keep a response but check it on every use: a publication is seen at once. */
    private static <T> ResponseEntity<T> revalidated(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }
}
