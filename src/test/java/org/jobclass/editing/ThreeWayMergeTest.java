package org.jobclass.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jobclass.catalog.DescriptionContent;
import org.jobclass.catalog.QualificationKind;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

    private static DescriptionContent content(String summary, String physicalDemands, List<String> duties, boolean overtime) {
        return new DescriptionContent("Technician", "0070", null, "Glass Technician", "15", 10, summary,
                Map.of(QualificationKind.PHYSICAL_DEMANDS, physicalDemands), overtime, duties, null, List.of(), null);
    }

    private final DescriptionContent base = content("Blows glass.", "Lifting 40 pounds.", List.of("Cleans.", "Orders."), false);

    @Test
    void aFieldOnlyOneSideChangedTakesThatSidesValue() {
        DescriptionContent mine = content("Blows and repairs glass.", "Lifting 40 pounds.", List.of("Cleans.", "Orders."), false);
        DescriptionContent theirs = content("Blows glass.", "Lifting 50 pounds.", List.of("Cleans.", "Orders.", "Anneals."), true);

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);

        assertThat(merge.needsDecision()).isFalse();
        assertThat(merge.merged().summary()).isEqualTo("Blows and repairs glass.");
        assertThat(merge.merged().qualification(QualificationKind.PHYSICAL_DEMANDS)).isEqualTo("Lifting 50 pounds.");
        assertThat(merge.merged().duties()).containsExactly("Cleans.", "Orders.", "Anneals.");
        assertThat(merge.merged().overtimeEligible()).isTrue();
    }

    @Test
    void aFieldBothChangedDifferentlyKeepsTheEditorsTextAndIsAConflict() {
        DescriptionContent mine = content("Blows and repairs glass.", "Lifting 40 pounds.", List.of("Cleans.", "Orders."), false);
        DescriptionContent theirs = content("Blows and anneals glass.", "Lifting 40 pounds.", List.of("Cleans.", "Orders."), false);

        ThreeWayMerge merge = ThreeWayMerge.of(base, mine, theirs);

        assertThat(merge.conflictingFields()).containsExactly("summary");
        assertThat(merge.conflicts()).containsEntry("summary", "Blows and anneals glass.");
        assertThat(merge.merged().summary()).isEqualTo("Blows and repairs glass.");
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        DescriptionContent both = content("Blows and repairs glass.", "Lifting 40 pounds.", List.of("Cleans."), false);

        assertThat(ThreeWayMerge.of(base, both, both).needsDecision()).isFalse();
    }

    @Test
    void withoutTheVersionOpenedEveryDifferingFieldIsAConflict() {
        DescriptionContent mine = content("Blows and repairs glass.", "Lifting 40 pounds.", List.of("Cleans.", "Orders."), false);
        DescriptionContent theirs = content("Blows glass.", "Lifting 50 pounds.", List.of("Cleans.", "Orders."), false);

        assertThat(ThreeWayMerge.of(null, mine, theirs).conflictingFields()).containsExactly("summary", "physicalDemands");
    }
}
