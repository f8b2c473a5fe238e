package org.jobclass.accounts;

/** A change to accounts that the rules forbid; the message key explains why to the admin. */
public class AccountRuleException extends RuntimeException {

    private final String messageKey;

    AccountRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
