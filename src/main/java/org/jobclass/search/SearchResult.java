package org.jobclass.search;

/** One published description found: where it is, what it is, and where the words matched. */
public record SearchResult(String code, String slug, String workingTitle, String officialTitle, String grade, int months,
                           Highlighted title, Highlighted snippet) {
}
