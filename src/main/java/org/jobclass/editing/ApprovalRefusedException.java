package org.jobclass.editing;

/** An approval that cannot be given or a return that cannot be made, with the message key saying why. */
public class ApprovalRefusedException extends RuntimeException {

    private final String messageKey;

    public ApprovalRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
