package org.jobclass.system;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;

/** What the database named when it refused a change: each of its constraints gets a message of its own. */
public final class DatabaseRefusals {

    /** How PostgreSQL names the constraint in its messages: {@code violates unique constraint "uq_…"}. */
    private static final Pattern NAMED_CONSTRAINT = Pattern.compile("violates [a-z ]*constraint \"([^\"]+)\"");

    private DatabaseRefusals() {
    }

    /** The constraint (or unique index) the change broke, when the database named one. */
    public static Optional<String> constraintOf(DataIntegrityViolationException refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException hibernate
                    && hibernate.getConstraintName() != null) {
                return Optional.of(hibernate.getConstraintName());
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                Matcher named = NAMED_CONSTRAINT.matcher(sql.getMessage());
                if (named.find()) {
                    return Optional.of(named.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
