package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The one model of the page's sections agrees with the labels the site shows. */
class DescriptionSectionTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DescriptionSectionTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
    }

    @ParameterizedTest
    @EnumSource(DescriptionSection.class)
    void theSiteShowsTheLabelAndHintTheLayoutWrites(DescriptionSection section) {
        assertThat(messages.getMessage(section.labelKey(), null, Locale.ENGLISH)).isEqualTo(section.layoutLabel());
        if (section.layoutHint() != null) {
            assertThat(messages.getMessage(section.hintKey(), null, Locale.ENGLISH)).isEqualTo(section.layoutHint());
        }
        section.fields().forEach(field -> assertThat(messages.getMessage(field.labelKey(), null, Locale.ENGLISH)).isNotBlank());
    }

    @Test
    void everyPartOfTheQualificationStandardsIsASectionInTheOrderOfThePage() {
        assertThat(DescriptionSection.qualifications()).extracting(DescriptionSection::qualification)
                .containsExactly(QualificationKind.values());
    }

    @Test
    void aFormFieldIsNamedByItsSection() {
        assertThat(DescriptionSection.labelKeyOfField("knowledgeSkillsAbilities")).contains("qualification.KNOWLEDGE_SKILLS_ABILITIES");
        assertThat(DescriptionSection.labelKeyOfField("code")).contains("description.code");
        assertThat(DescriptionSection.labelKeyOfField("noSuchField")).isEmpty();
    }
}
