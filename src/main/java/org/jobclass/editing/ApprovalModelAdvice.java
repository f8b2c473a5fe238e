package org.jobclass.editing;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The editors' pages offer "Submit for approval" instead of publishing when approval is on. */
@ControllerAdvice(assignableTypes = DescriptionEditorController.class)
class ApprovalModelAdvice {

    private final ReviewCycle plan;

    ApprovalModelAdvice(ReviewCycle plan) {
        this.plan = plan;
    }

    @ModelAttribute("approvalRequired")
    boolean approvalRequired() {
        return plan.approvalRequired();
    }
}
