package org.jobclass.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words to search for, in the web search syntax: quotes for a phrase, {@code -word} to leave a word out, {@code or}
 * between words for either. Kept to one line of at most {@value #MAX_LENGTH} characters, control characters read as
 * spaces; anything else is left for the database to read, which takes any text without error.
 *
 * @param text the words as typed, cleaned; empty for none
 */
public record SearchWords(String text) {

    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 8;

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    public SearchWords {
        text = text == null ? "" : clean(text);
    }

    private static String clean(String text) {
        String oneLine = text.replaceAll("[\\p{Cc}\\s]+", " ").strip();
        return oneLine.length() > MAX_LENGTH ? oneLine.substring(0, MAX_LENGTH).strip() : oneLine;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The words to find in titles when they are misspelt: every word but those left out, without quotes or "or". */
    String titleWords() {
        return String.join(" ", sought()).strip();
    }

    /** Each word sought, at most {@value #MAX_WORDS} of them, without quotes, "or" or the words left out. */
    List<String> sought() {
        List<String> words = new ArrayList<>();
        for (String token : tokens()) {
            if (!token.startsWith("-") && !token.equalsIgnoreCase("or")) {
                for (String word : token.replace("\"", " ").split("\\s+")) {
                    if (!word.isBlank() && words.size() < MAX_WORDS) {
                        words.add(word);
                    }
                }
            }
        }
        return words;
    }

    /**
     * The words without those left out, in the same syntax: what ranks titles, as a query with a word left out ranks
     * every title alike.
     */
    String withoutExcluded() {
        return String.join(" ", tokens().stream().filter(token -> !token.startsWith("-")).toList());
    }

    /** The words left out with a minus sign, as a query of their own: a title close to the words must not have them. */
    String excluded() {
        List<String> words = new ArrayList<>();
        for (String token : tokens()) {
            if (token.startsWith("-") && token.length() > 1) {
                words.add(token.substring(1).replace("\"", ""));
            }
        }
        return String.join(" or ", words).strip();
    }

    private List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
