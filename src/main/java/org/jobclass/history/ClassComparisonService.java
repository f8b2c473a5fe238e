package org.jobclass.history;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jobclass.catalog.CatalogEntry;
import org.jobclass.catalog.CatalogService;
import org.jobclass.catalog.DescriptionContent;
import org.springframework.stereotype.Service;

/** Two published classes side by side, section by section, the words that differ marked: for applicants and staff alike. */
@Service
public class ClassComparisonService {

    /** "0435/coordinator-x", "/classes/0435/coordinator-x", a whole address, or a code with one published title. */
    private static final Pattern ADDRESS = Pattern.compile("(?:.*/classes/)?/?([0-9]{1,10})(?:/([a-z0-9-]{1,200}))?/?");

    private final CatalogService catalog;

    ClassComparisonService(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** A published class found by what was typed, with its content. */
    public record ComparedClass(String code, String slug, DescriptionContent content) {

        public String path() {
            return "/classes/" + code + "/" + slug;
        }
    }

    /** The comparison; {@code sections} is empty until both classes are found. */
    public record Comparison(ComparedClass left, ComparedClass right, List<RevisionComparison.SectionComparison> sections) {
    }

    /** The published class an address or code names; empty when it names none, or a code with several titles. */
    public Optional<ComparedClass> find(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = ADDRESS.matcher(typed.strip().toLowerCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String code = catalog.codeNumbered(matcher.group(1)).orElse(matcher.group(1));
        String slug = matcher.group(2);
        if (slug == null) {
            List<CatalogEntry> titles = catalog.officialClass(code).map(CatalogService.OfficialClass::entries).orElse(List.of());
            if (titles.size() != 1) {
                return Optional.empty();
            }
            slug = titles.get(0).slug();
        }
        String found = slug;
        return catalog.classPage(code, slug).map(page -> new ComparedClass(code, found, page.content()));
    }

    public Comparison compare(ComparedClass left, ComparedClass right) {
        return new Comparison(left, right, RevisionComparison.sectionsBetween(left.content(), right.content()));
    }
}
