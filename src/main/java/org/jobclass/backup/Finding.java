package org.jobclass.backup;

import org.springframework.context.support.MessageSourceAccessor;

/** A problem of a backup, as a message key and its arguments: told in words when it is shown. */
record Finding(String messageKey, Object... arguments) {

    String message(MessageSourceAccessor messages) {
        return messages.getMessage(messageKey, arguments);
    }
}
