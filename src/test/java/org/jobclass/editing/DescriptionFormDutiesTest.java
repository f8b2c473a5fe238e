package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The form's list of duties as its buttons change it: add, remove and move, crafted positions changing nothing. */
class DescriptionFormDutiesTest {

    private static DescriptionForm withDuties(String... duties) {
        DescriptionForm form = new DescriptionForm();
        form.setDuties(new ArrayList<>(List.of(duties)));
        return form;
    }

    @Test
    void addingADutyAppendsAnEmptyBoxThatIsNotKept() {
        DescriptionForm form = withDuties("Files records.");

        form.addDuty();

        assertThat(form.getDuties()).containsExactly("Files records.", "");
        assertThat(form.keptDuties()).containsExactly("Files records.");
    }

    @Test
    void removingAndMovingChangeOnlyTheDutyNamed() {
        DescriptionForm form = withDuties("First.", "Second.", "Third.");

        form.moveDuty(2, -1);
        assertThat(form.getDuties()).containsExactly("First.", "Third.", "Second.");
        form.moveDuty(0, 1);
        assertThat(form.getDuties()).containsExactly("Third.", "First.", "Second.");
        form.removeDuty(1);
        assertThat(form.getDuties()).containsExactly("Third.", "Second.");
    }

    @Test
    void positionsOutsideTheListChangeNothing() {
        DescriptionForm form = withDuties("First.", "Second.");

        form.removeDuty(-1);
        form.removeDuty(2);
        form.moveDuty(0, -1);
        form.moveDuty(1, 1);
        form.moveDuty(256, -1);

        assertThat(form.getDuties()).containsExactly("First.", "Second.");
    }

    @Test
    void keptDutiesAreTidiedToOneLineAndBlanksDropped() {
        DescriptionForm form = withDuties("  Orders\n supplies.  ", "   ", "Files records.");

        assertThat(form.keptDuties()).containsExactly("Orders supplies.", "Files records.");
    }
}
