package org.jobclass.editing;

/** A date the rules refuse: which field, and the message key saying why. */
public class DateRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    DateRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
