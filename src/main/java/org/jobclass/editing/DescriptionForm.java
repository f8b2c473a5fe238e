package org.jobclass.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.QualificationKind;
import org.jobclass.catalog.TextBlocks;

/** What an editor may change in a class description: every field of the page except the admin's dates. */
public class DescriptionForm {

    static final int MAX_DUTIES = 60;

    private Long id;
    private Long version;

    @NotBlank(message = "{form.required}")
    @Pattern(regexp = "\\s*[0-9]{1,10}\\s*", message = "{form.code.digits}")
    private String code;

    @NotBlank(message = "{form.required}")
    @Size(max = 200, message = "{form.tooLong}")
    private String officialTitle;

    @NotBlank(message = "{form.required}")
    @Size(max = 200, message = "{form.tooLong}")
    private String workingTitle;

    @Size(max = 100, message = "{form.tooLong}")
    private String sqOq;

    @NotBlank(message = "{form.required}")
    @Size(max = 10, message = "{form.tooLong}")
    private String grade;

    @NotNull(message = "{form.required}")
    @Min(value = 1, message = "{form.months.range}")
    @Max(value = 12, message = "{form.months.range}")
    private Integer months;

    @NotBlank(message = "{form.required}")
    @Size(max = 20000, message = "{form.tooLong}")
    private String summary;

    @Size(max = 20000, message = "{form.tooLong}")
    private String knowledgeSkillsAbilities;

    @Size(max = 20000, message = "{form.tooLong}")
    private String educationTrainingExperience;

    @Size(max = 20000, message = "{form.tooLong}")
    private String certificateLicense;

    @Size(max = 20000, message = "{form.tooLong}")
    private String physicalDemands;

    @Size(max = 20000, message = "{form.tooLong}")
    private String specialRequirements;

    /** Yes, no, or null: not stated. */
    private Boolean overtimeEligible;

    @Size(max = MAX_DUTIES, message = "{form.duties.tooMany}")
    private List<@Size(max = 4000, message = "{form.tooLong}") String> duties = new ArrayList<>();

    /** Why the description is published, for its history; not part of the description itself. */
    @Size(max = 500, message = "{form.tooLong}")
    private String note = "";

    /** The editor's confirmation that the text is complete, which publishing one imported from a cut-off page needs. */
    private boolean confirmComplete;

    /** Why to publish despite what the check before publishing finds. */
    @jakarta.validation.constraints.Size(max = 500)
    private String overrideReason = "";

    /** A form with the content of a description, to edit it. */
    static DescriptionForm of(ClassDescription description) {
        DescriptionForm form = withContent(DescriptionContent.of(description));
        form.id = description.getId();
        form.version = description.getVersion();
        form.note = description.getPublicationNote() == null ? "" : description.getPublicationNote();
        return form;
    }

    /** A new description's form holding this content, as a start for another working title. */
    public static DescriptionForm withContent(DescriptionContent content) {
        DescriptionForm form = new DescriptionForm();
        form.fillWith(content);
        return form;
    }

    /** Puts this content in the form's fields, leaving its id, version and note as they are. */
    void fillWith(DescriptionContent content) {
        DescriptionForm form = this;
        form.code = content.code();
        form.officialTitle = content.officialTitle();
        form.workingTitle = content.workingTitle();
        form.sqOq = content.sqOq();
        form.grade = content.grade();
        form.months = content.months();
        form.summary = content.summary();
        form.knowledgeSkillsAbilities = content.qualification(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES);
        form.educationTrainingExperience = content.qualification(QualificationKind.EDUCATION_TRAINING_EXPERIENCE);
        form.certificateLicense = content.qualification(QualificationKind.CERTIFICATE_LICENSE);
        form.physicalDemands = content.qualification(QualificationKind.PHYSICAL_DEMANDS);
        form.specialRequirements = content.qualification(QualificationKind.SPECIAL_REQUIREMENTS);
        form.overtimeEligible = content.overtimeEligible();
        form.duties = new ArrayList<>(content.duties());
    }

    /** What the editor wrote, as the content of a description (without the class's dates, which editors do not set). */
    public DescriptionContent content() {
        return new DescriptionContent(officialTitle, code, sqOq, workingTitle, grade, months == null ? 0 : months, summary,
                qualifications(), overtimeEligible, duties, null, List.of(), null).normalized();
    }

    Map<QualificationKind, String> qualifications() {
        Map<QualificationKind, String> texts = new EnumMap<>(QualificationKind.class);
        texts.put(QualificationKind.KNOWLEDGE_SKILLS_ABILITIES, knowledgeSkillsAbilities == null ? "" : knowledgeSkillsAbilities);
        texts.put(QualificationKind.EDUCATION_TRAINING_EXPERIENCE, educationTrainingExperience == null ? "" : educationTrainingExperience);
        texts.put(QualificationKind.CERTIFICATE_LICENSE, certificateLicense == null ? "" : certificateLicense);
        texts.put(QualificationKind.PHYSICAL_DEMANDS, physicalDemands == null ? "" : physicalDemands);
        texts.put(QualificationKind.SPECIAL_REQUIREMENTS, specialRequirements == null ? "" : specialRequirements);
        return texts;
    }

    /** The duties as they will be kept: each on one line, empty ones left out. */
    public List<String> keptDuties() {
        return duties.stream().map(TextBlocks::oneLine).filter(duty -> !duty.isEmpty()).toList();
    }

    void addDuty() {
        duties.add("");
    }

    void removeDuty(int index) {
        if (index >= 0 && index < duties.size()) {
            duties.remove(index);
        }
    }

    void moveDuty(int index, int offset) {
        int target = index + offset;
        if (index >= 0 && index < duties.size() && target >= 0 && target < duties.size()) {
            duties.add(target, duties.remove(index));
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getOfficialTitle() {
        return officialTitle;
    }

    public void setOfficialTitle(String officialTitle) {
        this.officialTitle = officialTitle;
    }

    public String getWorkingTitle() {
        return workingTitle;
    }

    public void setWorkingTitle(String workingTitle) {
        this.workingTitle = workingTitle;
    }

    public String getSqOq() {
        return sqOq;
    }

    public void setSqOq(String sqOq) {
        this.sqOq = sqOq;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getKnowledgeSkillsAbilities() {
        return knowledgeSkillsAbilities;
    }

    public void setKnowledgeSkillsAbilities(String knowledgeSkillsAbilities) {
        this.knowledgeSkillsAbilities = knowledgeSkillsAbilities;
    }

    public String getEducationTrainingExperience() {
        return educationTrainingExperience;
    }

    public void setEducationTrainingExperience(String educationTrainingExperience) {
        this.educationTrainingExperience = educationTrainingExperience;
    }

    public String getCertificateLicense() {
        return certificateLicense;
    }

    public void setCertificateLicense(String certificateLicense) {
        this.certificateLicense = certificateLicense;
    }

    public String getPhysicalDemands() {
        return physicalDemands;
    }

    public void setPhysicalDemands(String physicalDemands) {
        this.physicalDemands = physicalDemands;
    }

    public String getSpecialRequirements() {
        return specialRequirements;
    }

    public void setSpecialRequirements(String specialRequirements) {
        this.specialRequirements = specialRequirements;
    }

    public Boolean getOvertimeEligible() {
        return overtimeEligible;
    }

    public void setOvertimeEligible(Boolean overtimeEligible) {
        this.overtimeEligible = overtimeEligible;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason == null ? "" : overrideReason;
    }

    /** What the editor confirms in publishing from this form. */
    public PublishConfirmation confirmation() {
        return new PublishConfirmation(confirmComplete, overrideReason);
    }

    public boolean isConfirmComplete() {
        return confirmComplete;
    }

    public void setConfirmComplete(boolean confirmComplete) {
        this.confirmComplete = confirmComplete;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public List<String> getDuties() {
        return duties;
    }

    public void setDuties(List<String> duties) {
        this.duties = duties == null ? new ArrayList<>() : new ArrayList<>(duties);
    }
}
