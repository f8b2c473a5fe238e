package org.jobclass.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A password that {@link Passwords} accepts: long enough to resist guessing, short enough for the hash. */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface AcceptablePassword {

    String message() default "{accounts.password.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AcceptablePassword, String> {
        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return Passwords.isAcceptable(password);
        }
    }
}
