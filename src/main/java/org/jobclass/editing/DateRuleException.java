package org.jobclass.editing;

/** A date the rules refuse: which field, and the message key saying why. */
class DateRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    DateRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
