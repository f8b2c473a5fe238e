package org.jobclass.legacy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.QualificationKind;

/**
 * What the parser found in one page of the legacy layout: each field it could place, the text it could
 * not place (kept, never dropped), the problems worth an editor's attention, and the character count
 * that shows every visible character of the page is accounted for.
 *
 * @param months           the months as written, for example "09"
 * @param overtimeEligible null when the page does not say
 */
public record LegacyPage(
        String officialTitle,
        String code,
        String sqOq,
        String workingTitle,
        String grade,
        String months,
        String summary,
        Map<QualificationKind, String> qualifications,
        Boolean overtimeEligible,
        List<String> duties,
        YearMonth classEstablished,
        List<LocalDate> revisionDates,
        LocalDate lastReviewed,
        List<String> unplaced,
        List<String> problems,
        int totalCharacters,
        int placedCharacters) {

    public LegacyPage {
        qualifications = Map.copyOf(qualifications);
        duties = List.copyOf(duties);
        revisionDates = List.copyOf(revisionDates);
        unplaced = List.copyOf(unplaced);
        problems = List.copyOf(problems);
    }

    public String qualification(QualificationKind kind) {
        return qualifications.getOrDefault(kind, "");
    }

    public int unplacedCharacters() {
        return totalCharacters - placedCharacters;
    }

    /** The months as a number, or null when they are missing or not a number of months. */
    public Integer monthsNumber() {
        return months.matches("0?([1-9]|1[0-2])") ? Integer.valueOf(months) : null;
    }

    /** The page's fields as a description's content; what is missing stays empty. */
    public DescriptionContent toContent() {
        Integer number = monthsNumber();
        return new DescriptionContent(officialTitle, code, sqOq.isEmpty() ? null : sqOq, workingTitle, grade,
                number == null ? 0 : number, summary, qualifications.entrySet().stream()
                        .filter(entry -> !entry.getValue().isEmpty())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                overtimeEligible, duties, classEstablished, revisionDates, lastReviewed);
    }

    /** A page of the layout at all: at least a working title or a code was found. */
    public boolean looksLikeAClassDescription() {
        return !workingTitle.isEmpty() || !code.isEmpty();
    }
}
