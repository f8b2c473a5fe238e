package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jobclass.testing.PostgresTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses what the model forbids, and so does Java before it gets there. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostgresTestConfiguration.class)
class SchemaConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobClassRepository jobClasses;

    @Autowired
    ClassDescriptionRepository descriptions;

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    long jobClassId;

    @BeforeEach
    void aJobClass() {
        jobClassId = jdbc.queryForObject(
                "insert into job_class (code, official_title) values ('0777', 'Technician') returning id", Long.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04A5", "", " 435", "12345678901"})
    void aCodeIsOneToTenDigits(String code) {
        assertRejected("insert into job_class (code, official_title) values ('" + code + "', 'Clerk')");
    }

    @Test
    void aCodeKeepsItsLeadingZerosAndIsUnique() {
        assertThat(jdbc.queryForObject("select code from job_class where id = ?", String.class, jobClassId)).isEqualTo("0777");
        assertRejected("insert into job_class (code, official_title) values ('0777', 'Other Title')");
    }

    @Test
    void anOfficialTitleIsRequired() {
        assertRejected("insert into job_class (code, official_title) values ('0778', '  ')");
        assertRejected("insert into job_class (code, official_title) values ('0778', null)");
    }

    @Test
    void aValidDescriptionIsAccepted() {
        insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");

        assertThat(jdbc.queryForObject("select count(*) from class_description where slug = 'lab-technician'", Integer.class))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void monthsAreOneToTwelve(int months) {
        assertRejected(descriptionInsert("'Lab Technician'", "'lab-technician'", "'15'", String.valueOf(months), "'Summary.'", "'DRAFT'"));
    }

    @Test
    void requiredDescriptionFieldsMayNotBeMissingOrBlank() {
        assertRejected(descriptionInsert("null", "'a'", "'15'", "10", "'Summary.'", "'DRAFT'"));
        assertRejected(descriptionInsert("' '", "'a'", "'15'", "10", "'Summary.'", "'DRAFT'"));
        assertRejected(descriptionInsert("'Title'", "'title'", "''", "10", "'Summary.'", "'DRAFT'"));
        assertRejected(descriptionInsert("'Title'", "'title'", "'15'", "10", "null", "'DRAFT'"));
        assertRejected(descriptionInsert("'Title'", "'title'", "'15'", "10", "'   '", "'DRAFT'"));
    }

    @Test
    void theStatusIsDraftPublishedOrRetired() {
        assertRejected(descriptionInsert("'Title'", "'title'", "'15'", "10", "'Summary.'", "'ARCHIVED'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Title", "title-", "-title", "ti--tle", "ti tle", "títle"})
    void aSlugIsLowerCaseWordsJoinedByHyphens(String slug) {
        assertRejected(descriptionInsert("'Title'", "'" + slug + "'", "'15'", "10", "'Summary.'", "'DRAFT'"));
    }

    @Test
    void aSlugIsUniqueWithinItsCode() {
        insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");

        assertRejected(descriptionInsert("'Lab Technician II'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'"));
    }

    @Test
    void aWorkingTitleIsUniqueWithinItsCodeRegardlessOfCase() {
        insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");

        assertRejected(descriptionInsert("'LAB TECHNICIAN'", "'lab-technician-2'", "'15'", "10", "'Summary.'", "'DRAFT'"));
    }

    @Test
    void classEstablishedIsAMonthStoredAsItsFirstDay() {
        long id = insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");

        assertRejected("update class_description set class_established = date '2022-06-15' where id = " + id);
    }

    @Test
    void dutyPositionsAreUniqueWithinADescriptionAndPositive() {
        long id = insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");
        jdbc.execute("set constraints uq_duty_position immediate");
        jdbc.update("insert into duty (description_id, position, text) values (?, 1, 'Cleans glassware.')", id);

        assertRejected("insert into duty (description_id, position, text) values (" + id + ", 1, 'Orders supplies.')");
    }

    @Test
    void dutyPositionMustBePositiveAndTextPresent() {
        long id = insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");

        assertRejected("insert into duty (description_id, position, text) values (" + id + ", 0, 'Cleans glassware.')");
        assertRejected("insert into duty (description_id, position, text) values (" + id + ", 2, ' ')");
    }

    @Test
    void aDescriptionHasAtMostOneQualificationPartOfEachKnownKind() {
        long id = insertDescription("'Lab Technician'", "'lab-technician'", "'15'", "10", "'Summary.'", "'DRAFT'");
        jdbc.update("insert into qualification_standard (description_id, kind, text) values (?, 'PHYSICAL_DEMANDS', 'None')", id);

        assertRejected("insert into qualification_standard (description_id, kind, text) values (" + id + ", 'PHYSICAL_DEMANDS', 'Lifting')");
        assertRejected("insert into qualification_standard (description_id, kind, text) values (" + id + ", 'HOBBIES', 'Chess')");
    }

    @Test
    void javaValidationRejectsWhatTheSchemaWould() {
        JobClass jobClass = jobClasses.findByCode("0777").orElseThrow();

        assertThat(validator.validate(new ClassDescription(jobClass, "Lab Technician", "15", 13, "Summary.")))
                .extracting(violation -> violation.getPropertyPath().toString()).containsExactly("months");
        assertThat(validator.validate(new ClassDescription(jobClass, " ", "", 0, "")))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("workingTitle", "grade", "months", "summary");
        assertThat(validator.validate(new JobClass("04A5", "Clerk")))
                .extracting(violation -> violation.getPropertyPath().toString()).containsExactly("code");
    }

    @Test
    void anInvalidDescriptionIsNotSaved() {
        JobClass jobClass = jobClasses.findByCode("0777").orElseThrow();

        assertThatThrownBy(() -> descriptions.saveAndFlush(new ClassDescription(jobClass, "Lab Technician", "15", 13, "Summary.")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aDescriptionRoundTripsThroughTheDatabase() {
        JobClass jobClass = jobClasses.findByCode("0777").orElseThrow();
        ClassDescription description = new ClassDescription(jobClass, "Lab Technician", "15", 10, "Summary.");
        description.setClassEstablished(YearMonth.of(2022, 6));
        description.addRevisionDate(java.time.LocalDate.of(2024, 3, 1));
        description.addDuty("Cleans glassware.");
        description.addDuty("Orders supplies.");
        description.putQualification(QualificationKind.PHYSICAL_DEMANDS, "Lifting up to 20 pounds.");
        descriptions.saveAndFlush(description);

        assertThat(jdbc.queryForObject("select class_established from class_description where id = ?",
                java.time.LocalDate.class, description.getId())).isEqualTo(java.time.LocalDate.of(2022, 6, 1));
        assertThat(jdbc.queryForList("select text from duty where description_id = ? order by position", String.class,
                description.getId())).containsExactly("Cleans glassware.", "Orders supplies.");
        assertThat(jdbc.queryForObject("select revised_on from description_revision_date where description_id = ?",
                java.time.LocalDate.class, description.getId())).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
    }

    private long insertDescription(String title, String slug, String grade, String months, String summary, String status) {
        return jdbc.queryForObject(descriptionInsert(title, slug, grade, months, summary, status) + " returning id", Long.class);
    }

    private String descriptionInsert(String title, String slug, String grade, String months, String summary, String status) {
        return "insert into class_description (job_class_id, working_title, slug, grade, months, summary, overtime_eligible, status)"
                + " values (" + jobClassId + ", " + title + ", " + slug + ", " + grade + ", " + months + ", " + summary
                + ", false, " + status + ")";
    }

    private void assertRejected(String sql) {
        jdbc.execute("savepoint before_rejected");
        assertThatThrownBy(() -> jdbc.execute(sql)).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.execute("rollback to savepoint before_rejected");
    }
}
