package org.jobclass.search;

import java.util.ArrayList;
import java.util.List;
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

    public static final int MAX_LENGTH = 200;
    public static final int PAGE_SIZE = 20;
    static final int MAX_WORDS = 8;

    private static final Pattern CODE = Pattern.compile("#?\\s*([0-9]{1,10})");
    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    public SearchQuery {
        text = text == null ? "" : clean(text);
        grade = blankToNull(grade);
        sqOq = blankToNull(sqOq);
        page = Math.max(page, 1);
    }

    private static String clean(String text) {
        String oneLine = text.replaceAll("[\\p{Cc}\\s]+", " ").strip();
        return oneLine.length() > MAX_LENGTH ? oneLine.substring(0, MAX_LENGTH).strip() : oneLine;
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

    /** The words to find in titles when they are misspelt: every word but those left out, without quotes or "or". */
    String titleWords() {
        return String.join(" ", wordsSought()).strip();
    }

    /** Each word sought, at most {@value #MAX_WORDS} of them, without quotes, "or" or the words left out. */
    List<String> wordsSought() {
        List<String> words = new ArrayList<>();
        for (String token : tokens()) {
            if (!token.startsWith("-") && !token.equalsIgnoreCase("or")) {
                for (String word : token.replace("\"", " ").split("\\s+")) {
                    if (!word.isBlank() && words.size() < MAX_WORDS) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    /** The words left out with a minus sign, as a query of their own: a title close to the words must not have them. */
    String excludedWords() {
        List<String> words = new ArrayList<>();
        for (String token : tokens()) {
            if (token.startsWith("-") && token.length() > 1) {
                words.add(token.substring(1).replace("\"", ""));
            }
        }
        return String.join(" or ", words).strip();
    }

    private List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
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
