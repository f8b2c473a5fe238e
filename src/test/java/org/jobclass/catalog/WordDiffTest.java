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
}
