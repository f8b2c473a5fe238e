package org.jobclass.legacy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.QualificationKind;

/**
 * What the parser found in one page of the legacy layout: each field it could place, the text it could
 * not place (kept, never dropped), the problems worth an editor's attention, and the character count
 * that shows every visible character of the page is accounted for.
 *
 * @param months           the months as written, for example "09"
 * @param overtimeEligible null when the page does not say
 * @param cutOff           why the page looks cut off before its end, null when it looks whole
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
        List<PageProblem> problems,
        int totalCharacters,
        int placedCharacters,
        CutOff cutOff) {

    /**
     * The signs that a page was cut off before its end.
     *
     * @param after   the last words before the page stops
     * @param section the section those words are in, null when no label was found at all
     */
    public record CutOff(String after, DescriptionSection section, List<Sign> signs) {

        public CutOff {
            signs = List.copyOf(signs);
        }

        /** Each has a message under {@code import.cutOff.sign.}. */
        public enum Sign { STOPS_MID_SENTENCE, PARTIAL_LABEL, NO_CLOSING_NOTICE, NO_CLASS_ESTABLISHED, NO_DUTIES }
    }

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

    /**
     * A field's value as the page states it, by its form field name ("summary", "code", "physicalDemands"), for showing
     * what landed where; empty when the page does not state it.
     */
    public String value(String field) {
        return switch (field) {
            case "officialTitle" -> officialTitle;
            case "code" -> code;
            case "sqOq" -> sqOq;
            case "workingTitle" -> workingTitle;
            case "grade" -> grade;
            case "months" -> months;
            case "duties" -> String.join("\n", duties);
            default -> DescriptionSection.withValues().stream().filter(section -> section.fields().stream()
                            .anyMatch(candidate -> candidate.name().equals(field)))
                    .findFirst().map(section -> section.text(toContent())).orElse("");
        };
    }

    public boolean looksCutOff() {
        return cutOff != null;
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
