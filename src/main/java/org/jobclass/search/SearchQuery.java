package org.jobclass.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an applicant searches for: words in the web search syntax (quotes for a phrase, {@code -word} to leave
 * out, {@code or}), and filters on grade, months, overtime eligibility and SQ/OQ. Null filters match everything.
 *
 * @param text     the words, at most {@value #MAX_LENGTH} characters; empty to list by the filters alone
 * @param overtime eligible, not eligible or not stated; null for any
 * @param page     counted from 1
 */
public record SearchQuery(String text, String grade, Integer months, OvertimeFilter overtime, String sqOq, int page) {

    public static final int MAX_LENGTH = SearchWords.MAX_LENGTH;
    public static final int PAGE_SIZE = 20;

    private static final Pattern CODE = Pattern.compile("#?\\s*([0-9]{1,10})");

    public SearchQuery {
        text = new SearchWords(text).text();
        grade = blankToNull(grade);
        sqOq = blankToNull(sqOq);
        page = Math.max(page, 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean hasFilters() {
        return grade != null || months != null || overtime != null || sqOq != null;
    }

    public boolean isEmpty() {
        return !hasText() && !hasFilters();
    }

    /** The digits of a code typed alone, as in "435", "0435" or "#0435". */
    public Optional<String> code() {
        Matcher code = CODE.matcher(text);
        return code.matches() && !hasFilters() ? Optional.of(code.group(1)) : Optional.empty();
    }

    /** The words sought, in the search's syntax. */
    public SearchWords words() {
        return new SearchWords(text);
    }

    public SearchQuery withPage(int page) {
        return new SearchQuery(text, grade, months, overtime, sqOq, page);
    }

    /** The search's address, naming only what is set. */
    public String path() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
        if (hasText()) {
            uri.queryParam("q", text);
        }
        if (grade != null) {
            uri.queryParam("grade", grade);
        }
        if (months != null) {
            uri.queryParam("months", months);
        }
        if (overtime != null) {
            uri.queryParam("overtime", overtime.key());
        }
        if (sqOq != null) {
            uri.queryParam("sqoq", sqOq);
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** Names the search, for caching its results. */
    String key() {
        return path();
    }

    /** "yes", "no", "not-stated" or null, as the overtime filter is written in addresses. */
    public String overtimeKey() {
        return overtime == null ? null : overtime.key();
    }
}
