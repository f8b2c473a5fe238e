package org.jobclass.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.WordDiff;

/**
 * Two editors' versions of one description merged against the version both started from: a field only one of them
 * changed takes that one's value; a field both changed differently keeps the editor's own text and is named as a
 * conflict, for the editor to decide. The class's dates are not editors' fields: the saved ones are kept.
 *
 * @param merged    the content to show the editor now
 * @param conflicts the fields both changed differently, by form field name, with the value saved meanwhile
 * @param yours     the same fields with the editor's own value
 */
public record ThreeWayMerge(DescriptionContent merged, Map<String, Object> conflicts, Map<String, Object> yours) {

    /**
     * @param base   what the editor opened, or null when it is no longer known: every field that differs is then a
     *               conflict
     * @param mine   what the editor sent
     * @param theirs what is saved now
     */
    public static ThreeWayMerge of(DescriptionContent base, DescriptionContent mine, DescriptionContent theirs) {
        Map<String, Object> conflicts = new LinkedHashMap<>();
        Map<String, Object> yours = new LinkedHashMap<>();
        Merger merger = new Merger(base, mine, theirs, conflicts, yours);
        String officialTitle = merger.field("officialTitle", DescriptionContent::officialTitle);
        String code = merger.field("code", DescriptionContent::code);
        String sqOq = merger.field("sqOq", DescriptionContent::sqOq);
        String workingTitle = merger.field("workingTitle", DescriptionContent::workingTitle);
        String grade = merger.field("grade", DescriptionContent::grade);
        int months = merger.field("months", DescriptionContent::months);
        String summary = merger.field("summary", DescriptionContent::summary);
        Map<QualificationKind, String> qualifications = new EnumMap<>(QualificationKind.class);
        for (QualificationKind kind : QualificationKind.values()) {
            String text = merger.field(formField(kind), content -> content.qualification(kind));
            if (!text.isEmpty()) {
                qualifications.put(kind, text);
            }
        }
        DescriptionContent merged = new DescriptionContent(officialTitle, code, sqOq, workingTitle, grade, months, summary,
                qualifications,
                merger.field("overtimeEligible", DescriptionContent::overtimeEligible),
                new ArrayList<>(merger.field("duties", DescriptionContent::duties)),
                theirs.classEstablished(), theirs.revisionDates(), theirs.lastReviewed());
        return new ThreeWayMerge(merged, conflicts, yours);
    }

    /** Whether the editor has anything to decide; when not, the merged content keeps both editors' changes. */
    public boolean needsDecision() {
        return !conflicts.isEmpty();
    }

    /** The form field that holds this part of the qualification standards. */
    static String formField(QualificationKind kind) {
        return switch (kind) {
            case KNOWLEDGE_SKILLS_ABILITIES -> "knowledgeSkillsAbilities";
            case EDUCATION_TRAINING_EXPERIENCE -> "educationTrainingExperience";
            case CERTIFICATE_LICENSE -> "certificateLicense";
            case PHYSICAL_DEMANDS -> "physicalDemands";
            case SPECIAL_REQUIREMENTS -> "specialRequirements";
        };
    }

    private record Merger(DescriptionContent base, DescriptionContent mine, DescriptionContent theirs,
                          Map<String, Object> conflicts, Map<String, Object> yours) {

        <T> T field(String name, Function<DescriptionContent, T> value) {
            T mineValue = value.apply(mine);
            T theirValue = value.apply(theirs);
            if (Objects.equals(mineValue, theirValue)) {
                return mineValue;
            }
            if (base != null) {
                T baseValue = value.apply(base);
                if (Objects.equals(baseValue, mineValue)) {
                    return theirValue;
                }
                if (Objects.equals(baseValue, theirValue)) {
                    return mineValue;
                }
            }
            conflicts.put(name, theirValue == null ? "" : theirValue);
            yours.put(name, mineValue == null ? "" : mineValue);
            return mineValue;
        }
    }

    /**
     * What to show as "saved in the meantime" under each field: the saved text where the field is a conflict, the
     * merged text everywhere else (so that nothing is shown there).
     */
    public DescriptionContent savedForDecision() {
        Map<QualificationKind, String> qualifications = new EnumMap<>(QualificationKind.class);
        for (QualificationKind kind : QualificationKind.values()) {
            String text = (String) conflicts.getOrDefault(formField(kind), merged.qualification(kind));
            if (!text.isEmpty()) {
                qualifications.put(kind, text);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> duties = (List<String>) conflicts.getOrDefault("duties", merged.duties());
        return new DescriptionContent(
                (String) conflicts.getOrDefault("officialTitle", merged.officialTitle()),
                (String) conflicts.getOrDefault("code", merged.code()),
                (String) conflicts.getOrDefault("sqOq", merged.sqOq()),
                (String) conflicts.getOrDefault("workingTitle", merged.workingTitle()),
                (String) conflicts.getOrDefault("grade", merged.grade()),
                (Integer) conflicts.getOrDefault("months", merged.months()),
                (String) conflicts.getOrDefault("summary", merged.summary()),
                qualifications,
                (Boolean) conflicts.getOrDefault("overtimeEligible", merged.overtimeEligible()),
                duties, merged.classEstablished(), merged.revisionDates(), merged.lastReviewed());
    }

    /**
     * For each text field both editors changed, the words that differ between what was saved meanwhile (left) and
     * the editor's own text (right).
     */
    public Map<String, WordDiff.Sides> differences() {
        Map<String, WordDiff.Sides> differences = new LinkedHashMap<>();
        conflicts.forEach((field, saved) -> {
            Object own = yours.get(field);
            if (saved instanceof String savedText && own instanceof String ownText) {
                differences.put(field, WordDiff.between(savedText, ownText));
            } else if (saved instanceof List<?> savedLines && own instanceof List<?> ownLines) {
                differences.put(field, WordDiff.between(lines(savedLines), lines(ownLines)));
            }
        });
        return differences;
    }

    private static String lines(List<?> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return text.toString();
    }

    /** The conflicting fields' names, in the form's order. */
    public List<String> conflictingFields() {
        return List.copyOf(conflicts.keySet());
    }
}
