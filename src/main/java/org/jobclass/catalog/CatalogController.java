package org.jobclass.catalog;

import static org.jobclass.system.PublicResponses.movedPermanently;

import java.util.Optional;

import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public catalog: the listing by title range (paged, sortable, by grade), the official classes, the index of
 * codes and the grades (each published class description has a route of its own: {@link ClassPageRoute}). Pages are named by the catalog version or the revision
 * they show, so that an unchanged page is answered "not modified" and a changed one is rendered once.
 */
@Controller
class CatalogController {

    private final CatalogService catalog;
    private final PublicResponses responses;

    CatalogController(CatalogService catalog, PublicResponses responses) {
        this.catalog = catalog;
        this.responses = responses;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/classes";
    }

    @GetMapping("/classes")
    ResponseEntity<byte[]> listing(@RequestParam(required = false) String range,
                                   @RequestParam(required = false) String grade,
                                   @RequestParam(required = false) String sort,
                                   @RequestParam(defaultValue = "1") int page,
                                   ServletWebRequest request) {
        TitleRange selected = range == null ? null : TitleRange.fromKey(range).orElseThrow(CatalogController::notFound);
        ListingSort order = sort == null ? ListingSort.TITLE
                : ListingSort.fromKey(sort).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (page < 1 || (grade != null && (grade.isBlank() || grade.length() > 10))) {
            throw notFound();
        }
        ListingQuery query = new ListingQuery(selected, grade, order, page);
        CatalogState state = catalog.overview().state();
        return responses.page(request, new Representation("listing:" + state.version() + ":" + query, state.changedAt()),
                "catalog/listing", model -> {
                    CatalogService.Listing listing = catalog.listing(query).orElseThrow(CatalogController::notFound);
                    model.addAttribute("overview", listing.overview())
                            .addAttribute("listing", listing.page())
                            .addAttribute("selected", selected)
                            .addAttribute("grade", grade);
                });
    }

    /** An official class: its code and title, and every published working title under it. */
    @GetMapping("/classes/{code:[0-9]+}")
    ResponseEntity<byte[]> officialClass(@PathVariable String code, ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        Optional<CatalogService.OfficialClass> officialClass = catalog.officialClass(code);
        if (officialClass.isEmpty()) {
            return catalog.codeNumbered(code).map(written -> movedPermanently("/classes/" + written))
                    .orElseThrow(CatalogController::notFound);
        }
        return responses.page(request, new Representation("code:" + state.version() + ":" + code, state.changedAt()),
                "catalog/official-class", model -> model.addAttribute("officialClass", officialClass.get())
                        .addAttribute("overview", officialClass.get().overview()));
    }

    /** Every official class by code, with its official title and working titles. */
    @GetMapping("/classes/codes")
    ResponseEntity<byte[]> codes(@RequestParam(defaultValue = "1") int page, ServletWebRequest request) {
        CatalogState state = catalog.overview().state();
        return responses.page(request, new Representation("codes:" + state.version() + ":" + page, state.changedAt()),
                "catalog/codes", model -> {
                    CatalogService.CodeIndex index = catalog.codeIndex(page).orElseThrow(CatalogController::notFound);
                    model.addAttribute("index", index).addAttribute("overview", index.overview());
                });
    }

    /** The grades of the published classes, each with the number of its working titles. */
    @GetMapping("/classes/grades")
    ResponseEntity<byte[]> grades(ServletWebRequest request) {
        CatalogOverview overview = catalog.overview();
        return responses.page(request, new Representation("grades:" + overview.state().version(),
                overview.state().changedAt()), "catalog/grades", model -> model.addAttribute("overview", overview));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
