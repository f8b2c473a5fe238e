package org.jobclass.search;

import static org.jobclass.system.PublicResponses.redirect;

import java.util.Optional;

import org.jobclass.catalog.CatalogState;
import org.jobclass.system.PublicResponses;
import org.jobclass.system.PublicResponses.Representation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public search page. A code typed alone goes to that official class; anything else lists the published
 * descriptions that match, named by the catalog version so that the same search is answered from the cache
 * until the next publication.
 */
@Controller
class SearchController {

    private final SearchService search;
    private final PublicResponses responses;

    SearchController(SearchService search, PublicResponses responses) {
        this.search = search;
        this.responses = responses;
    }

    @GetMapping("/search")
    ResponseEntity<byte[]> search(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String grade,
                                  @RequestParam(required = false) Integer months,
                                  @RequestParam(required = false) String overtime,
                                  @RequestParam(required = false) String sqoq,
                                  @RequestParam(defaultValue = "1") int page,
                                  ServletWebRequest request) {
        SearchQuery query = new SearchQuery(q, grade, months, overtime(overtime), sqoq, page);
        Optional<String> code = search.codeTyped(query);
        if (code.isPresent()) {
            return redirect("/classes/" + code.get());
        }
        CatalogState state = search.state();
        return responses.page(request, new Representation("search:" + state.version() + ":" + query.key(),
                state.changedAt()), "search/search", model -> model.addAttribute("search", search.search(query)));
    }

    private static OvertimeFilter overtime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return OvertimeFilter.ofKey(value).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    }
}
