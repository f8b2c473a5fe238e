package org.jobclass.accounts;

/** The rule for passwords: long enough to resist guessing, short enough for the hash. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private Passwords() {
    }

    static boolean isAcceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }
}
