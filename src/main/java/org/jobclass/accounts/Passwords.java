package org.jobclass.accounts;

import java.nio.charset.StandardCharsets;

/**
 * The rule for passwords: long enough to resist guessing, short enough for the hash. The hash (bcrypt) takes at
 * most 72 bytes of UTF-8, in which an accented letter takes two bytes and some characters more.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private Passwords() {
    }

    static boolean isAcceptable(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MIN_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_LENGTH;
    }
}
