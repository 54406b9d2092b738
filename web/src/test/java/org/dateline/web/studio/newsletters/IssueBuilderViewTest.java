package org.dateline.web.studio.newsletters;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueBuilderViewTest {

    private static final List<String> SECTIONS = List.of("Health", "Shelters", "Cash");

    @Test
    void theDraggedOrderPutsTheOldPositionsInTheirNewPlaces() {
        assertThat(IssueBuilderView.rearranged(SECTIONS, "2,0,1")).containsExactly("Cash", "Health", "Shelters");
        assertThat(IssueBuilderView.rearranged(SECTIONS, " 1, 0 ,2")).containsExactly("Shelters", "Health", "Cash");
    }

    @Test
    void anOrderThatIsNotEachPositionOnceChangesNothing() {
        assertThat(IssueBuilderView.rearranged(SECTIONS, "0,0,1")).isSameAs(SECTIONS);
        assertThat(IssueBuilderView.rearranged(SECTIONS, "0,1")).isSameAs(SECTIONS);
        assertThat(IssueBuilderView.rearranged(SECTIONS, "0,1,2,3")).isSameAs(SECTIONS);
        assertThat(IssueBuilderView.rearranged(SECTIONS, "")).isSameAs(SECTIONS);
        assertThatThrownBy(() -> IssueBuilderView.rearranged(SECTIONS, "a,b,c")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aProblemOfAFieldIsShownByTheFieldOfTheSamePlace() {
        assertThat(IssueBuilderView.fieldId("sections:1:items:0:url")).isEqualTo("builder:sections:1:items:0:url");
        assertThat(IssueBuilderView.fieldId("title")).isEqualTo("builder:title");
    }
}
