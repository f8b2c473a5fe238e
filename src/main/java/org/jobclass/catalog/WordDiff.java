package org.jobclass.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
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

    /**
     * The two sides, compared word by word. The work is bounded, whatever the texts: the common beginning and end are
     * set aside first; a middle longer than {@value #MAX_WORDS} words, or one whose word comparison outlasts its time
     * budget, is compared sentence by sentence instead, and one that defeats that too is shown replaced whole.
     */
    public static Sides between(String before, String after) {
        List<String> oldTokens = tokens(before);
        List<String> newTokens = tokens(after);
        int prefix = 0;
        while (prefix < oldTokens.size() && prefix < newTokens.size() && oldTokens.get(prefix).equals(newTokens.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < oldTokens.size() - prefix && suffix < newTokens.size() - prefix
                && oldTokens.get(oldTokens.size() - 1 - suffix).equals(newTokens.get(newTokens.size() - 1 - suffix))) {
            suffix++;
        }
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        String common = String.join("", oldTokens.subList(0, prefix));
        add(left, common, Kind.SAME);
        add(right, common, Kind.SAME);
        List<String> oldMiddle = oldTokens.subList(prefix, oldTokens.size() - suffix);
        List<String> newMiddle = newTokens.subList(prefix, newTokens.size() - suffix);
        if (!compare(oldMiddle, newMiddle, MAX_WORDS, WORD_BUDGET_NANOS, left, right)) {
            List<String> oldSentences = sentences(String.join("", oldMiddle));
            List<String> newSentences = sentences(String.join("", newMiddle));
            if (!compare(oldSentences, newSentences, MAX_SENTENCES, SENTENCE_BUDGET_NANOS, left, right)) {
                add(left, String.join("", oldMiddle), Kind.REMOVED);
                add(right, String.join("", newMiddle), Kind.ADDED);
            }
        }
        String end = String.join("", oldTokens.subList(oldTokens.size() - suffix, oldTokens.size()));
        add(left, end, Kind.SAME);
        add(right, end, Kind.SAME);
        return new Sides(left, right);
    }

    /** Words compared one by one, at most this many a side in the part that differs. */
    static final int MAX_WORDS = 4_000;
    private static final int MAX_SENTENCES = 2_000;
    private static final long WORD_BUDGET_NANOS = 40_000_000L;
    private static final long SENTENCE_BUDGET_NANOS = 20_000_000L;
    private static final Pattern SENTENCES = Pattern.compile("[^.;:!?\\n]*(?:[.;:!?]+|\\n|$)\\s*");

    /** Appends the differences of these units to both sides; false (nothing appended) when over the size or time given. */
    private static boolean compare(List<String> oldUnits, List<String> newUnits, int maxUnits, long budgetNanos,
                                   List<Segment> left, List<Segment> right) {
        if (oldUnits.size() > maxUnits || newUnits.size() > maxUnits) {
            return false;
        }
        Patch<String> patch;
        try {
            patch = DiffUtils.diff(oldUnits, newUnits, new Deadline(System.nanoTime() + budgetNanos));
        } catch (Deadline.Passed passed) {
            return false;
        }
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int oldStart = delta.getSource().getPosition();
            int newStart = delta.getTarget().getPosition();
            add(left, String.join("", oldUnits.subList(oldAt, oldStart)), Kind.SAME);
            add(right, String.join("", newUnits.subList(newAt, newStart)), Kind.SAME);
            add(left, String.join("", delta.getSource().getLines()), Kind.REMOVED);
            add(right, String.join("", delta.getTarget().getLines()), Kind.ADDED);
            oldAt = oldStart + delta.getSource().size();
            newAt = newStart + delta.getTarget().size();
        }
        add(left, String.join("", oldUnits.subList(oldAt, oldUnits.size())), Kind.SAME);
        add(right, String.join("", newUnits.subList(newAt, newUnits.size())), Kind.SAME);
        return true;
    }

    /** Stops a comparison that outlasts its budget: checked at each step of the algorithm. */
    private record Deadline(long atNanos) implements DiffAlgorithmListener {

        static final class Passed extends RuntimeException {
            Passed() {
                super(null, null, false, false);
            }
        }

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int value, int max) {
            if (System.nanoTime() > atNanos) {
                throw new Passed();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCES.matcher(text);
        while (matcher.find() && !matcher.group().isEmpty()) {
            sentences.add(matcher.group());
        }
        return sentences;
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
