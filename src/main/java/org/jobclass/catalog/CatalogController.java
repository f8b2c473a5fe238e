package org.jobclass.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public catalog: the listing by title range and each published class description. */
@Controller
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/classes";
    }

    @GetMapping("/classes")
    String listing(@RequestParam(required = false) String range, Model model) {
        CatalogListing listing = catalog.listing();
        TitleRange selected = range == null ? null : TitleRange.fromKey(range).orElseThrow(CatalogController::notFound);
        model.addAttribute("listing", listing);
        model.addAttribute("selected", selected);
        model.addAttribute("shownRanges", selected == null ? listing.ranges() : List.of(selected));
        return "catalog/listing";
    }

    @GetMapping("/classes/{code}/{slug}")
    String description(@PathVariable String code, @PathVariable String slug, Model model) {
        Optional<DescriptionContent> content = catalog.publishedDescription(code, slug);
        if (content.isEmpty()) {
            CatalogEntry moved = catalog.currentAddressOf(code, slug).orElseThrow(CatalogController::notFound);
            return "redirect:/classes/" + moved.code() + "/" + moved.slug();
        }
        model.addAttribute("content", content.get());
        model.addAttribute("path", "/classes/" + code + "/" + slug);
        model.addAttribute("ranges", catalog.listing().ranges());
        return "catalog/description";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
