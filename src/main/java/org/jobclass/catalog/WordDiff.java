package org.jobclass.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** Word-level differences between two texts, as the two sides to show next to each other. */
public final class WordDiff {

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text on one side, and whether it is unchanged, removed (left side) or added (right side). */
    public record Segment(String text, Kind kind) {
    }

    public record Sides(List<Segment> left, List<Segment> right) {

        public boolean changed() {
            return left.stream().anyMatch(segment -> segment.kind() != Kind.SAME)
                    || right.stream().anyMatch(segment -> segment.kind() != Kind.SAME);
        }
    }

    public static Sides between(String before, String after) {
        List<String> oldTokens = tokens(before);
        List<String> newTokens = tokens(after);
        Patch<String> patch = DiffUtils.diff(oldTokens, newTokens);
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            add(left, String.join("", oldTokens.subList(oldAt, oldStart)), Kind.SAME);
            add(right, String.join("", newTokens.subList(newAt, newStart)), Kind.SAME);
            add(left, String.join("", delta.getSource().getLines()), Kind.REMOVED);
            add(right, String.join("", delta.getTarget().getLines()), Kind.ADDED);
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
        }
        add(left, String.join("", oldTokens.subList(oldAt, oldTokens.size())), Kind.SAME);
        add(right, String.join("", newTokens.subList(newAt, newTokens.size())), Kind.SAME);
        return new Sides(left, right);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Segment> side, String text, Kind kind) {
        if (text.isEmpty()) {
            return;
        }
        if (!side.isEmpty() && side.get(side.size() - 1).kind() == kind) {
            Segment last = side.remove(side.size() - 1);
            side.add(new Segment(last.text() + text, kind));
        } else {
            side.add(new Segment(text, kind));
        }
    }
}
