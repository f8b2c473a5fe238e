package org.jobclass.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sections of a class description page, in page order: the one model of the layout. Each section has the message
 * key of its label (and of its hint, where the page prints one), the label and hint the legacy layout writes, the other
 * labels the layout has been seen with, the form fields it is edited in, and its text for comparing versions. The
 * importer reads labels from here, the text export writes them from here, and the review, history and edit form name
 * sections from here: adding a section is one change.
 */
public enum DescriptionSection {

    OFFICIAL_TITLE(Shape.LINE, "description.officialTitle", "OFFICIAL TITLE:", null, List.of(), null, 0,
            List.of(new Field("officialTitle", "description.officialTitle"), new Field("code", "description.code"),
                    new Field("sqOq", "description.sqOq")),
            content -> "OFFICIAL TITLE: " + content.officialTitle() + "  CODE: " + content.code() + "  SQ/OQ: "
                    + (content.sqOq() == null ? "" : content.sqOq())),
    WORKING_TITLE(Shape.LINE, "description.workingTitle", "WORKING TITLE:", null, List.of(), null, 0,
            List.of(new Field("workingTitle", "description.workingTitle"), new Field("grade", "description.grade"),
                    new Field("months", "description.months")),
            content -> "WORKING TITLE: " + content.workingTitle() + "  GRADE: " + content.grade() + "  MONTHS: "
                    + content.months()),
    SUMMARY(Shape.TEXT, "description.summary", "SUMMARY DESCRIPTION OF CLASSIFICATION:", null,
            List.of("SUMMARY DESCRIPTION:", "SUMMARY DESCRIPTION OF CLASS:", "SUMMARY DESCRIPTION OF THE CLASS:",
                    "SUMMARY DESCRIPTION OF THE CLASSIFICATION:", "SUMMARY OF CLASSIFICATION:"),
            null, 10, List.of(new Field("summary", "description.summary")), DescriptionContent::summary),
    QUALIFICATION_STANDARDS(Shape.HEADING, "description.qualifications", "MINIMUM QUALIFICATION STANDARDS", null,
            List.of("MINIMUM QUALIFICATIONS STANDARDS", "MINIMUM QUALIFICATIONS"), null, 0, List.of(), content -> ""),
    KNOWLEDGE_SKILLS_ABILITIES(Shape.TEXT, "qualification.KNOWLEDGE_SKILLS_ABILITIES", "KNOWLEDGE, SKILLS, AND ABILITIES:",
            null, List.of("KNOWLEDGE, SKILLS, ABILITIES AND OTHER CHARACTERISTICS:"),
            QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, 6,
            List.of(new Field("knowledgeSkillsAbilities", "qualification.KNOWLEDGE_SKILLS_ABILITIES")), null),
    EDUCATION_TRAINING_EXPERIENCE(Shape.TEXT, "qualification.EDUCATION_TRAINING_EXPERIENCE",
            "EDUCATION, TRAINING, AND EXPERIENCE:", null,
            List.of("EDUCATION, TRAINING, AND/OR EXPERIENCE:", "EDUCATION AND EXPERIENCE:", "EDUCATION AND TRAINING:"),
            QualificationKind.EDUCATION_TRAINING_EXPERIENCE, 6,
            List.of(new Field("educationTrainingExperience", "qualification.EDUCATION_TRAINING_EXPERIENCE")), null),
    CERTIFICATE_LICENSE(Shape.TEXT, "qualification.CERTIFICATE_LICENSE", "CERTIFICATE AND LICENSE REQUIREMENTS:", null,
            List.of("CERTIFICATION AND LICENSE REQUIREMENTS:", "CERTIFICATE/LICENSE REQUIREMENTS:",
                    "CERTIFICATES AND LICENSES:", "CERTIFICATION/LICENSURE:"),
            QualificationKind.CERTIFICATE_LICENSE, 3,
            List.of(new Field("certificateLicense", "qualification.CERTIFICATE_LICENSE")), null),
    PHYSICAL_DEMANDS(Shape.TEXT, "qualification.PHYSICAL_DEMANDS", "PHYSICAL DEMANDS:",
            "(Special requirements such as lifting heavy objects and frequent climbing.)", List.of(),
            QualificationKind.PHYSICAL_DEMANDS, 3,
            List.of(new Field("physicalDemands", "qualification.PHYSICAL_DEMANDS")), null),
    SPECIAL_REQUIREMENTS(Shape.TEXT, "qualification.SPECIAL_REQUIREMENTS", "SPECIAL REQUIREMENTS:",
            "(Frequent overtime or night work required, etc.)", List.of(),
            QualificationKind.SPECIAL_REQUIREMENTS, 3,
            List.of(new Field("specialRequirements", "qualification.SPECIAL_REQUIREMENTS")), null),
    OVERTIME_ELIGIBLE(Shape.LINE, "description.overtimeEligible", "OVERTIME ELIGIBLE:", null, List.of(), null, 0,
            List.of(new Field("overtimeEligible", "description.overtimeEligible")),
            content -> content.overtimeEligible() == null ? "" : content.overtimeEligible() ? "Yes" : "No"),
    DUTIES(Shape.LIST, "description.duties", "EXAMPLES OF DUTIES AND RESPONSIBILITIES:", null,
            List.of("EXAMPLES OF DUTIES:", "EXAMPLES OF DUTIES AND/OR RESPONSIBILITIES:", "DUTIES AND RESPONSIBILITIES:"),
            null, 0, List.of(new Field("duties", "description.duties")), content -> String.join("\n", content.duties())),
    CLASS_ESTABLISHED(Shape.LINE, "description.classEstablished", "Class Established:", null, List.of("Established:"),
            null, 0, List.of(new Field("classEstablished", "description.classEstablished")),
            content -> PageDates.format(content.classEstablished())),
    DATES_REVISED(Shape.LINE, "description.datesRevised", "Date(s) Revised:", null,
            List.of("Dates Revised:", "Date Revised:", "Revised:"), null, 0,
            List.of(new Field("revisionDates", "description.datesRevised")),
            content -> content.revisionDates().stream().map(PageDates::format).collect(Collectors.joining(", "))),
    LAST_REVIEWED(Shape.LINE, "description.lastReviewed", "Last Reviewed:", null, List.of("Reviewed:"), null, 0,
            List.of(new Field("lastReviewed", "description.lastReviewed")), content -> PageDates.format(content.lastReviewed()));

    /** How a section holds its value: a line after its label, a block of text, a list, or no value at all. */
    public enum Shape { LINE, TEXT, LIST, HEADING }

    /** A form field of a section, with the message key of its label. */
    public record Field(String name, String labelKey) {
    }

    private final Shape shape;
    private final String labelKey;
    private final String layoutLabel;
    private final String layoutHint;
    private final List<String> otherLayoutLabels;
    private final QualificationKind qualification;
    private final int formRows;
    private final List<Field> fields;
    private final Function<DescriptionContent, String> text;

    DescriptionSection(Shape shape, String labelKey, String layoutLabel, String layoutHint, List<String> otherLayoutLabels,
                       QualificationKind qualification, int formRows, List<Field> fields,
                       Function<DescriptionContent, String> text) {
        this.shape = shape;
        this.labelKey = labelKey;
        this.layoutLabel = layoutLabel;
        this.layoutHint = layoutHint;
        this.otherLayoutLabels = otherLayoutLabels;
        this.qualification = qualification;
        this.formRows = formRows;
        this.fields = fields;
        this.text = text != null ? text : content -> content.qualification(qualification);
    }

    public Shape shape() {
        return shape;
    }

    /** The message key of the label the site shows, for example "description.summary". */
    public String labelKey() {
        return labelKey;
    }

    /** The message key of the hint printed after the label, or null when the page prints none. */
    public String hintKey() {
        return layoutHint == null ? null : labelKey + ".hint";
    }

    /** The label as the legacy layout writes it, for example "SUMMARY DESCRIPTION OF CLASSIFICATION:". */
    public String layoutLabel() {
        return layoutLabel;
    }

    /** The hint as the legacy layout writes it after the label, or null. */
    public String layoutHint() {
        return layoutHint;
    }

    /** Every label the layout has been seen with for this section, its own first. */
    public List<String> layoutLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(layoutLabel), otherLayoutLabels.stream()).toList();
    }

    /** The part of the minimum qualification standards this section is, or null. */
    public QualificationKind qualification() {
        return qualification;
    }

    public int formRows() {
        return formRows;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The section's content as one text, to compare versions; empty when it says nothing. */
    public String text(DescriptionContent content) {
        String value = text.apply(content);
        return value == null ? "" : value;
    }

    /** A section's label as a name in a sentence: "SUMMARY DESCRIPTION OF CLASSIFICATION:" without its colon. */
    public static String nameOf(String label) {
        return label.replaceAll("\\s*:\\s*$", "");
    }

    /** The parts of the minimum qualification standards, in page order. */
    public static List<DescriptionSection> qualifications() {
        return Arrays.stream(values()).filter(section -> section.qualification != null).toList();
    }

    /** The sections that hold a value, in page order (all but headings). */
    public static List<DescriptionSection> withValues() {
        return Arrays.stream(values()).filter(section -> section.shape != Shape.HEADING).toList();
    }

    public static DescriptionSection of(QualificationKind kind) {
        return Arrays.stream(values()).filter(section -> section.qualification == kind).findFirst().orElseThrow();
    }

    /** The message key of a form field's label, for naming it in messages: "knowledgeSkillsAbilities" → its section. */
    public static Optional<String> labelKeyOfField(String fieldName) {
        return Arrays.stream(values()).flatMap(section -> section.fields.stream())
                .filter(field -> field.name().equals(fieldName)).map(Field::labelKey).findFirst();
    }
}
