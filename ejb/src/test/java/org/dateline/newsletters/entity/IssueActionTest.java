package org.dateline.newsletters.entity;

import org.dateline.identity.entity.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.newsletters.entity.IssueAction.PUBLISH;
import static org.dateline.newsletters.entity.IssueAction.REVISE;
import static org.dateline.newsletters.entity.IssueAction.REVISE_IN_REVIEW;
import static org.dateline.newsletters.entity.IssueAction.SUBMIT;
import static org.dateline.newsletters.entity.IssueAction.WITHDRAW;

class IssueActionTest {

    private static final Set<Role> AUTHOR = EnumSet.of(Role.AUTHOR);
    private static final Set<Role> EDITOR = EnumSet.of(Role.EDITOR);

    @Test
    void anAuthorRevisesAndSubmitsADraftAndMayOnlyWithdrawItFromReview() {
        assertThat(IssueAction.open(IssueState.DRAFT, AUTHOR)).containsExactlyInAnyOrder(REVISE, SUBMIT);
        assertThat(IssueAction.open(IssueState.IN_REVIEW, AUTHOR)).containsExactly(WITHDRAW);
    }

    @Test
    void anEditorRevisesWithdrawsOrPublishesAnIssueInReview() {
        assertThat(IssueAction.open(IssueState.IN_REVIEW, EDITOR)).containsExactlyInAnyOrder(REVISE_IN_REVIEW, WITHDRAW, PUBLISH);
    }

    @Test
    void nothingIsOpenOnAPublishedIssueNorToSomeoneWithoutAWritingRole() {
        assertThat(IssueAction.open(IssueState.PUBLISHED, EnumSet.allOf(Role.class))).isEmpty();
        assertThat(IssueAction.open(IssueState.DRAFT, EnumSet.noneOf(Role.class))).isEmpty();
    }

    @Test
    void whatIsOpenIsExactlyWhatTheRulesAllow() {
        for (IssueState state : IssueState.values()) {
            for (Role role : Role.values()) {
                Set<IssueAction> open = IssueAction.open(state, EnumSet.of(role));
                for (IssueAction action : IssueAction.values()) {
                    boolean allowed = action != IssueAction.CREATE && action != IssueAction.IMPORT && action.startsFrom(state)
                            && action.roles().contains(role);
                    assertThat(open.contains(action)).as(action + " from " + state + " for " + role).isEqualTo(allowed);
                }
            }
        }
    }
}
