package org.jobclass.editing;

/**
 * A description saved with an official title other than its code's: the title belongs to the code and every
 * working title under it, and is changed on the official class's own page.
 */
public class OfficialTitleMismatchException extends RuntimeException {

    private final String code;
    private final String officialTitle;

    OfficialTitleMismatchException(String code, String officialTitle) {
        super("The official title of code " + code + " is " + officialTitle);
        this.code = code;
        this.officialTitle = officialTitle;
    }

    public String code() {
        return code;
    }

    public String officialTitle() {
        return officialTitle;
    }
}
