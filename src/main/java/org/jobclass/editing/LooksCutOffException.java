package org.jobclass.editing;

/**
 * A description imported from a page that looked cut off was to be published without its editor's confirmation that
 * the text is complete.
 */
public class LooksCutOffException extends RuntimeException {

    private final String after;

    public LooksCutOffException(long id, String after) {
        super("Description " + id + " was imported from a page that looked cut off");
        this.after = after;
    }

    /** The words the page stopped after. */
    public String after() {
        return after;
    }
}
