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

    /** An official class: its code and title, and every published working title under it. */
    @GetMapping("/classes/{code:[0-9]+}")
    String officialClass(@PathVariable String code, Model model) {
        CatalogListing listing = catalog.listing();
        List<CatalogEntry> entries = listing.ranges().stream()
                .flatMap(range -> listing.entries(range).stream())
                .filter(entry -> entry.code().equals(code))
                .toList();
        if (entries.isEmpty()) {
            throw notFound();
        }
        model.addAttribute("code", code);
        model.addAttribute("officialTitle", catalog.publishedDescription(code, entries.get(0).slug())
                .map(DescriptionContent::officialTitle).orElse(""));
        model.addAttribute("entries", entries);
        model.addAttribute("ranges", listing.ranges());
        return "catalog/official-class";
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
