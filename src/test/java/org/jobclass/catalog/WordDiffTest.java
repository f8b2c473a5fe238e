package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.jobclass.catalog.WordDiff.Kind;
import org.jobclass.catalog.WordDiff.Segment;
import org.junit.jupiter.api.Test;

/** The word-level difference of two texts, as shown side by side: what was removed on the left, added on the right. */
class WordDiffTest {

    @Test
    void aChangedWordIsMarkedOnBothSidesAndTheRestIsTheSame() {
        WordDiff.Sides sides = WordDiff.between("Plans the training programs.", "Plans the wellness programs.");

        assertThat(sides.changed()).isTrue();
        assertThat(sides.left()).containsExactly(new Segment("Plans the ", Kind.SAME), new Segment("training", Kind.REMOVED),
                new Segment(" programs.", Kind.SAME));
        assertThat(sides.right()).containsExactly(new Segment("Plans the ", Kind.SAME), new Segment("wellness", Kind.ADDED),
                new Segment(" programs.", Kind.SAME));
    }

    @Test
    void wordsAddedAtTheEndAppearOnlyOnTheRight() {
        WordDiff.Sides sides = WordDiff.between("Files records.", "Files records. Shreds copies.");

        assertThat(sides.left()).containsExactly(new Segment("Files records.", Kind.SAME));
        assertThat(sides.right()).containsExactly(new Segment("Files records.", Kind.SAME),
                new Segment(" Shreds copies.", Kind.ADDED));
    }

    @Test
    void equalTextsAndMissingTextsAreNoChange() {
        assertThat(WordDiff.between("Same words.", "Same words.").changed()).isFalse();
        assertThat(WordDiff.between(null, "").changed()).isFalse();
        assertThat(WordDiff.between(null, "New.").right()).containsExactly(new Segment("New.", Kind.ADDED));
    }

    @Test
    void aHugeSectionIsComparedSentenceBySentenceAndStillReadsWhole() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int sentence = 0; sentence < 800; sentence++) {
            String words = "Sentence " + sentence + " names duty " + sentence * 7 + " and record " + sentence * 13 + ".";
            before.append(words).append(' ');
            after.append(sentence % 50 == 0 ? "Rewritten sentence " + sentence + " about something else entirely. " : words + " ");
        }

        WordDiff.Sides sides = WordDiff.between(before.toString(), after.toString());

        assertThat(join(sides.left())).isEqualTo(before.toString());
        assertThat(join(sides.right())).isEqualTo(after.toString());
        assertThat(sides.right()).filteredOn(segment -> segment.kind() == Kind.ADDED)
                .allSatisfy(segment -> assertThat(segment.text().strip()).startsWith("Rewritten sentence").endsWith("entirely."));
    }

    @Test
    void twoUnrelatedTextsOfTheLargestSizeAreShownReplacedWholeWithoutEndlessWork() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        while (before.length() < 60_000) {
            before.append("w").append(random.nextInt(1_000_000)).append(random.nextInt(9) == 0 ? ". " : " ");
            after.append("v").append(random.nextInt(1_000_000)).append(random.nextInt(9) == 0 ? ". " : " ");
        }

        WordDiff.Sides sides = WordDiff.between(before.toString(), after.toString());

        assertThat(join(sides.left())).isEqualTo(before.toString());
        assertThat(join(sides.right())).isEqualTo(after.toString());
        assertThat(sides.changed()).isTrue();
    }

    private static String join(java.util.List<Segment> side) {
        return side.stream().map(Segment::text).collect(java.util.stream.Collectors.joining());
    }
}
