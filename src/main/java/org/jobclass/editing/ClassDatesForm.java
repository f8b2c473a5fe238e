package org.jobclass.editing;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.jobclass.catalog.DescriptionContent;

/** What an admin typed for a description's dates, kept as typed so that a refused value is shown again. */
public class ClassDatesForm {

    private String established = "";
    private String revisedOn = "";
    private String reviewedOn = "";

    /** A month as the public page writes it, 6/2022: the one way the dates page shows and asks for a month. */
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/uuuu");

    /** A typed month: 6/2022 or 06/2022, and 2022-06 as a browser's month picker sends it. */
    static YearMonth parseMonth(String typed) {
        String month = typed.strip();
        return month.matches("[0-9]{4}-[0-9]{1,2}") ? YearMonth.parse(month, DateTimeFormatter.ofPattern("uuuu-M"))
                : YearMonth.parse(month, MONTH);
    }

    static ClassDatesForm of(DescriptionContent content) {
        ClassDatesForm form = new ClassDatesForm();
        form.established = content.classEstablished() == null ? "" : content.classEstablished().format(MONTH);
        form.reviewedOn = content.lastReviewed() == null ? "" : content.lastReviewed().toString();
        return form;
    }

    void set(String field, String typed) {
        switch (field) {
            case ClassDatesService.ESTABLISHED -> established = typed;
            case ClassDatesService.REVISED -> revisedOn = typed;
            case ClassDatesService.REVIEWED -> reviewedOn = typed;
            default -> throw new IllegalArgumentException(field);
        }
    }

    public String getEstablished() {
        return established;
    }

    public void setEstablished(String established) {
        this.established = established;
    }

    public String getRevisedOn() {
        return revisedOn;
    }

    public void setRevisedOn(String revisedOn) {
        this.revisedOn = revisedOn;
    }

    public String getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(String reviewedOn) {
        this.reviewedOn = reviewedOn;
    }
}
