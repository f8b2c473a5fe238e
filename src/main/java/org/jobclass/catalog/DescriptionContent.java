package org.jobclass.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a class description says, as one value: what a published revision keeps, what the public
 * page and the preview show, and what two versions are compared by.
 */
public record DescriptionContent(
        String officialTitle,
        String code,
        String sqOq,
        String workingTitle,
        String grade,
        int months,
        String summary,
        Map<QualificationKind, String> qualifications,
        Boolean overtimeEligible,
        List<String> duties,
        YearMonth classEstablished,
        List<LocalDate> revisionDates,
        LocalDate lastReviewed) {

    public DescriptionContent {
        // In the order of the kinds, so that the same content is always written the same way.
        qualifications = qualifications == null || qualifications.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(qualifications));
        duties = duties == null ? List.of() : List.copyOf(duties);
        revisionDates = revisionDates == null ? List.of() : revisionDates.stream().sorted().toList();
    }

    public static DescriptionContent of(ClassDescription description) {
        Map<QualificationKind, String> qualifications = new EnumMap<>(QualificationKind.class);
        for (QualificationKind kind : QualificationKind.values()) {
            description.qualification(kind).ifPresent(text -> qualifications.put(kind, text));
        }
        return new DescriptionContent(
                description.getJobClass().getOfficialTitle(),
                description.getJobClass().getCode(),
                description.getSqOq(),
                description.getWorkingTitle(),
                description.getGrade(),
                description.getMonths(),
                description.getSummary(),
                qualifications,
                description.getOvertimeEligible(),
                description.getDuties().stream().map(Duty::getText).toList(),
                description.getClassEstablished(),
                description.getRevisionDates(),
                description.getLastReviewed());
    }

    /** The text of one part of the minimum qualification standards; empty when the description has none. */
    public String qualification(QualificationKind kind) {
        return qualifications.getOrDefault(kind, "");
    }

    /**
     * The same content as it is kept: titles, code and grade without surrounding spaces, paragraphs tidied, each
     * duty on one line and empty ones left out, a qualification standard without text left out.
     */
    public DescriptionContent normalized() {
        Map<QualificationKind, String> kept = new EnumMap<>(QualificationKind.class);
        qualifications.forEach((kind, text) -> {
            String tidy = TextBlocks.normalize(text);
            if (!tidy.isEmpty()) {
                kept.put(kind, tidy);
            }
        });
        String tidySqOq = TextBlocks.normalize(sqOq);
        return new DescriptionContent(strip(officialTitle), strip(code), tidySqOq.isEmpty() ? null : tidySqOq,
                strip(workingTitle), strip(grade), months, TextBlocks.normalize(summary), kept, overtimeEligible,
                duties.stream().map(TextBlocks::oneLine).filter(duty -> !duty.isEmpty()).toList(),
                classEstablished, revisionDates, lastReviewed);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** The same content under this official title. */
    public DescriptionContent withOfficialTitle(String title) {
        return new DescriptionContent(title, code, sqOq, workingTitle, grade, months, summary, qualifications,
                overtimeEligible, duties, classEstablished, revisionDates, lastReviewed);
    }

    /** The same content with the class's dates as given. */
    public DescriptionContent withDates(YearMonth established, List<LocalDate> revised, LocalDate reviewed) {
        return new DescriptionContent(officialTitle, code, sqOq, workingTitle, grade, months, summary, qualifications,
                overtimeEligible, duties, established, revised, reviewed);
    }
}
