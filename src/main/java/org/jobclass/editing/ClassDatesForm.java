package org.jobclass.editing;

import org.jobclass.catalog.DescriptionContent;

/** What an admin typed for a description's dates, kept as typed so that a refused value is shown again. */
public class ClassDatesForm {

    private String established = "";
    private String revisedOn = "";
    private String reviewedOn = "";

    static ClassDatesForm of(DescriptionContent content) {
        ClassDatesForm form = new ClassDatesForm();
        form.established = content.classEstablished() == null ? "" : content.classEstablished().toString();
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
