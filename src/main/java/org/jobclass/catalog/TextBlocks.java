package org.jobclass.catalog;

import java.util.regex.Pattern;

/**
 * One form for a block of text, however it arrived (typed in a form, pasted, imported): Unix line ends,
 * no spaces at the ends of lines, at most one blank line in a row, nothing blank around it. Saving and
 * importing the same text therefore give the same value.
 */
public final class TextBlocks {

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+(?=\\n)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private TextBlocks() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        return BLANK_LINES.matcher(TRAILING_SPACES.matcher(unix).replaceAll("")).replaceAll("\n\n").strip();
    }

    /** A text that must stay on one line, such as a duty: its line breaks become spaces. */
    public static String oneLine(String text) {
        return LINE_BREAK.matcher(normalize(text)).replaceAll(" ");
    }
}
