package org.jobclass.backup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jobclass.catalog.ClassDescription;
import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionRevision;
import org.jobclass.catalog.DescriptionSection;
import org.jobclass.catalog.DescriptionStatus;
import org.jobclass.catalog.VerificationCode;
import org.jobclass.editing.ClassDates;
import org.jobclass.editing.DescriptionForm;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Whether a description of a backup is one the application could have saved: its working copy and every revision
 * satisfy the editing form's rules (its Bean Validation constraints) and the rules of the class's dates; its address,
 * notes and names those of the entities that keep them; its revisions are numbered 1, 2, 3… and each has its
 * verification code. Each problem names the description, the part of it and the field.
 */
@Component
class BackupRules {

    /**
     * The highest database number a backup may bring (a description's, or a revision's in its verification code): far
     * beyond any catalog's, far below the end of the tables' numbering, which a restore moves past the numbers it brings.
     */
    static final long MAX_NUMBER = 1_000_000_000_000L;

    private final Validator validator;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    BackupRules(Validator validator, MessageSourceAccessor messages, Clock clock) {
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** The problems of one description of the file, in words; none when it can be restored as it is. */
    List<String> problems(int position, CatalogBackup.Description description) {
        List<String> problems = new ArrayList<>();
        if (description == null) {
            problems.add(messages.getMessage("backup.problem", new Object[] {where(position, null),
                    messages.getMessage("backup.problem.notADescription")}));
            return problems;
        }
        String where = where(position, description);
        LocalDate today = LocalDate.now(clock);
        Problems found = new Problems(problems, where);
        found.missing(description.id(), "id");
        found.missing(description.status(), "status");
        found.missing(description.workingCopy(), "workingCopy");
        if (description.databaseId() != null && (description.databaseId() < 1 || description.databaseId() > MAX_NUMBER)) {
            found.add("databaseId", "backup.problem.databaseId");
        }
        entityRules(found, ClassDescription.class, "slug", description.slug(), "slug");
        entityRules(found, ClassDescription.class, "publicationNote", description.publicationNote(), "publicationNote");
        entityRules(found, ClassDescription.class, "looksCutOffAfter", description.looksCutOffAfter(), "looksCutOffAfter");
        entityRules(found, ClassDescription.class, "createdBy", description.createdBy(), "createdBy");
        entityRules(found, ClassDescription.class, "updatedBy", description.updatedBy(), "updatedBy");
        if (description.workingCopy() != null) {
            contentRules(found.in(messages.getMessage("backup.where.workingCopy")), description.workingCopy(), today);
        }
        if (description.status() == DescriptionStatus.PUBLISHED && description.revisions().isEmpty()) {
            found.add(null, "backup.problem.publishedWithoutRevision");
        }
        int expected = 1;
        for (CatalogBackup.Revision revision : description.revisions()) {
            if (revision == null) {
                found.add("revisions", "backup.problem.missing");
                continue;
            }
            Problems inRevision = found.in(messages.getMessage("backup.where.revision", new Object[] {revision.number()}));
            if (revision.number() != expected) {
                found.add("revisions", "backup.problem.revisionNumbers");
            }
            expected = revision.number() + 1;
            if (revision.verificationCode() == null || VerificationCode.parse(revision.verificationCode())
                    .filter(id -> id >= 1 && id <= MAX_NUMBER).isEmpty()) {
                inRevision.add("verificationCode", "backup.problem.verificationCode");
            }
            inRevision.missing(revision.publishedAt(), "publishedAt");
            entityRules(inRevision, ClassDescription.class, "slug", revision.slug(), "slug");
            entityRules(inRevision, DescriptionRevision.class, "publishedBy", revision.publishedBy(), "publishedBy");
            entityRules(inRevision, DescriptionRevision.class, "note", revision.note(), "note");
            if (revision.content() == null) {
                inRevision.add("content", "backup.problem.missing");
            } else {
                contentRules(inRevision, revision.content(), today);
            }
        }
        for (CatalogBackup.StatusEvent event : description.statusChanges()) {
            if (event == null || event.change() == null || event.at() == null) {
                found.add("statusChanges", "backup.problem.missing");
            } else {
                entityRules(found, ClassDescription.class, "updatedBy", event.by(), "statusChanges");
            }
        }
        return problems;
    }

    /** Where a description is in the file, named by its code and working title when it has them. */
    String where(int position, CatalogBackup.Description description) {
        String name = description == null ? "" : description.name();
        return name.isEmpty() || name.equals("null null")
                ? messages.getMessage("backup.where", new Object[] {position})
                : messages.getMessage("backup.where.named", new Object[] {position, name});
    }

    /** The editing form's rules and the dates' rules, as an editor saving this content would meet them. */
    private void contentRules(Problems found, DescriptionContent content, LocalDate today) {
        for (ConstraintViolation<DescriptionForm> violation : validator.validate(DescriptionForm.withContent(content))) {
            String field = violation.getPropertyPath().toString().replaceAll("[\\[.].*", "");
            found.addMessage(field, violation.getMessage());
        }
        new ClassDates(content.classEstablished(), content.revisionDates(), content.lastReviewed()).violation(today)
                .ifPresent(key -> found.add("dates", key));
    }

    /** The constraints of the entity that keeps this value, such as a description's address or a revision's note. */
    private <T> void entityRules(Problems found, Class<T> entity, String property, Object value, String field) {
        for (ConstraintViolation<T> violation : validator.validateValue(entity, property, value)) {
            found.addMessage(field, violation.getMessage());
        }
    }

    /** A field of the file named as people know it: a section of the page by its label, others by their own words. */
    private String fieldName(String field) {
        return DescriptionSection.labelKeyOfField(field).map(messages::getMessage).map(DescriptionSection::nameOf)
                .orElseGet(() -> messages.getMessage("backup.field." + field, null, field));
    }

    /** Problems found in one place of a description. */
    private final class Problems {

        private final List<String> into;
        private final String where;

        Problems(List<String> into, String where) {
            this.into = into;
            this.where = where;
        }

        Problems in(String part) {
            return new Problems(into, messages.getMessage("backup.where.part", new Object[] {where, part}));
        }

        void missing(Object value, String field) {
            if (value == null) {
                add(field, "backup.problem.missing");
            }
        }

        void add(String field, String messageKey) {
            addMessage(field, messages.getMessage(messageKey));
        }

        void addMessage(String field, String message) {
            String problem = field == null ? messages.getMessage("backup.problem", new Object[] {where, message})
                    : messages.getMessage("backup.problem.field", new Object[] {where, fieldName(field), message});
            if (!into.contains(problem)) {
                into.add(problem);
            }
        }
    }
}
