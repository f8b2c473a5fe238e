package org.jobclass.backup;

/** A file that cannot be read as a backup of this format: why, as a message key and its arguments. */
class UnreadableBackupException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    UnreadableBackupException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
