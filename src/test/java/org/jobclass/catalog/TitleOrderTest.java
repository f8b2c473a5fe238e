package org.jobclass.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TitleOrderTest {

    private static List<String> sorted(String... titles) {
        return Stream.of(titles).sorted(Comparator.comparing(TitleOrder::sortKey)).toList();
    }

    @Test
    void caseDoesNotCount() {
        assertThat(sorted("coordinator, Zoo Programs", "Bus Driver", "accounts payable clerk", "Accountant",
                "Coordinator, Art Programs")).containsExactly(
                "Accountant", "accounts payable clerk", "Bus Driver", "Coordinator, Art Programs", "coordinator, Zoo Programs");
    }

    @Test
    void accentedTitlesSortBesideTheirUnaccentedLetters() {
        assertThat(sorted("Editor", "École Liaison", "Ecology Teacher", "Dietitian"))
                .containsExactly("Dietitian", "École Liaison", "Ecology Teacher", "Editor");
    }

    @Test
    void leadingPunctuationAndSpacesAreIgnored() {
        assertThat(TitleOrder.sortKey("  \"Quoted\" Title")).isEqualTo("quoted\" title");
        assertThat(TitleOrder.sortKey("(Acting) Principal")).isEqualTo("acting) principal");
        assertThat(sorted("Quartermaster", "\"Quoted\" Title", "Instructional Aide"))
                .containsExactly("Instructional Aide", "Quartermaster", "\"Quoted\" Title");
    }

    @Test
    void keysCompareByteByByteAsPostgresqlCollateCDoes() {
        // Only lower-case letters, digits and what follows the first letter or digit are left.
        assertThat(TitleOrder.sortKey("ÉCOLE Liaison")).isEqualTo("ecole liaison");
        assertThat(TitleOrder.sortKey("911 Dispatcher")).isEqualTo("911 dispatcher");
    }
}
