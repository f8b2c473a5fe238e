package org.jobclass.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.DescriptionSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What to look at before publishing a description: sections left empty, no Class Established, overtime not stated,
 * text that looks cut off, duplicated duties, a working title in capitals, a summary identical to another published
 * class's, overtime "No" while the special requirements speak of overtime. Each finding is a message key with its
 * arguments.
 */
@Component
class PublishCheck {

    private static final Pattern OVERTIME = Pattern.compile("\\bovertime\\b", Pattern.CASE_INSENSITIVE);

    private final JdbcClient jdbc;

    PublishCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublishFinding> findings(long id, DescriptionContent content, String looksCutOffAfter) {
        List<PublishFinding> findings = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (DescriptionSection section : DescriptionSection.withValues()) {
            boolean text = section.shape() == DescriptionSection.Shape.TEXT || section.shape() == DescriptionSection.Shape.LIST;
            if (text && section.text(content).isBlank()) {
                empty.add(section.layoutLabel().replace(":", ""));
            }
        }
        if (!empty.isEmpty()) {
            findings.add(new PublishFinding("check.emptySections", List.of(String.join(", ", empty))));
        }
        if (content.classEstablished() == null) {
            findings.add(new PublishFinding("check.noClassEstablished", List.of()));
        }
        if (content.overtimeEligible() == null) {
            findings.add(new PublishFinding("check.overtimeNotStated", List.of()));
        }
        if (looksCutOffAfter != null) {
            findings.add(new PublishFinding("check.looksCutOff", List.of(looksCutOffAfter)));
        }
        Set<String> duties = new HashSet<>();
        for (String duty : content.duties()) {
            if (!duties.add(duty.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                findings.add(new PublishFinding("check.duplicatedDuty", List.of(duty)));
            }
        }
        String title = content.workingTitle();
        if (title.chars().filter(Character::isLetter).count() > 3 && title.equals(title.toUpperCase(Locale.ROOT))) {
            findings.add(new PublishFinding("check.titleInCapitals", List.of(title)));
        }
        if (!content.summary().isBlank()) {
            jdbc.sql("select working_title, code from published_description where summary = :summary and description_id <> :id limit 1")
                    .param("summary", content.summary()).param("id", id)
                    .query((row, number) -> new PublishFinding("check.sameSummary",
                            List.of(row.getString("working_title"), row.getString("code"))))
                    .optional().ifPresent(findings::add);
        }
        String special = content.qualification(org.jobclass.catalog.QualificationKind.SPECIAL_REQUIREMENTS);
        if (Boolean.FALSE.equals(content.overtimeEligible()) && OVERTIME.matcher(special).find()) {
            findings.add(new PublishFinding("check.overtimeNoButSpecial", List.of()));
        }
        return findings;
    }
}
