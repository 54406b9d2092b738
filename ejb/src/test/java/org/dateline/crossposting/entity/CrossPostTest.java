package org.dateline.crossposting.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dateline.crossposting.entity.CrossPostAction.APPROVE;
import static org.dateline.crossposting.entity.CrossPostAction.DECLINE;
import static org.dateline.crossposting.entity.CrossPostAction.GO_LIVE;
import static org.dateline.crossposting.entity.CrossPostAction.KILL;
import static org.dateline.crossposting.entity.CrossPostAction.PUT_LIVE_AGAIN;
import static org.dateline.crossposting.entity.CrossPostAction.REQUEST;
import static org.dateline.crossposting.entity.CrossPostAction.REVIVE;
import static org.dateline.crossposting.entity.CrossPostAction.SET_TOPICS;
import static org.dateline.crossposting.entity.CrossPostAction.WITHDRAW;
import static org.dateline.crossposting.entity.CrossPostState.APPROVED;
import static org.dateline.crossposting.entity.CrossPostState.DECLINED;
import static org.dateline.crossposting.entity.CrossPostState.LIVE;
import static org.dateline.crossposting.entity.CrossPostState.REQUESTED;
import static org.dateline.crossposting.entity.CrossPostState.WITHDRAWN;

class CrossPostTest {

    static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    /** The machine written out by hand: from each state, where each legal action leads. Every other pair is refused. */
    static final Map<CrossPostState, Map<CrossPostAction, CrossPostState>> MACHINE = new EnumMap<>(CrossPostState.class);

    static {
        MACHINE.put(REQUESTED, Map.of(APPROVE, APPROVED, DECLINE, DECLINED, WITHDRAW, WITHDRAWN));
        MACHINE.put(APPROVED, Map.of(GO_LIVE, LIVE, PUT_LIVE_AGAIN, LIVE, WITHDRAW, WITHDRAWN, SET_TOPICS, APPROVED));
        MACHINE.put(LIVE, Map.of(WITHDRAW, WITHDRAWN, KILL, WITHDRAWN, SET_TOPICS, LIVE));
        MACHINE.put(DECLINED, Map.of(REQUEST, REQUESTED));
        MACHINE.put(WITHDRAWN, Map.of(REQUEST, REQUESTED));
    }

    static CrossPost in(CrossPostState state) {
        CrossPost copy = new CrossPost("americas", "san-jose", 7L, "washington");
        copy.requested(CrossPost.Direction.PUSH, "eli", NOW, null);
        switch (state) {
            case REQUESTED -> {
            }
            case APPROVED -> copy.apply(APPROVE, "rita", NOW, null);
            case LIVE -> {
                copy.apply(APPROVE, "rita", NOW, null);
                copy.apply(GO_LIVE, "server", NOW, null);
            }
            case DECLINED -> copy.apply(DECLINE, "rita", NOW, null);
            case WITHDRAWN -> copy.apply(WITHDRAW, "eli", NOW, null);
        }
        return copy;
    }

    @Test
    void everyActionFromEveryStateLeadsWhereTheMachineSaysOrIsRefused() {
        for (Map.Entry<CrossPostState, Map<CrossPostAction, CrossPostState>> row : MACHINE.entrySet()) {
            for (CrossPostAction action : CrossPostAction.values()) {
                CrossPost copy = in(row.getKey());
                CrossPostState target = row.getValue().get(action);
                String pair = row.getKey() + " + " + action;
                if (action == REQUEST) {
                    if (target == null) {
                        assertThatThrownBy(() -> copy.requested(CrossPost.Direction.PULL, "will", NOW, null)).as(pair)
                                .isInstanceOf(IllegalCrossPost.class);
                    } else {
                        copy.requested(CrossPost.Direction.PULL, "will", NOW, null);
                        assertThat(copy.state()).as(pair).isEqualTo(target);
                    }
                } else if (target == null) {
                    assertThatThrownBy(() -> copy.apply(action, "x", NOW, null)).as(pair).isInstanceOf(IllegalCrossPost.class);
                    assertThat(copy.state()).as(pair).isEqualTo(row.getKey());
                } else {
                    copy.apply(action, "x", NOW, null);
                    assertThat(copy.state()).as(pair).isEqualTo(target);
                }
            }
        }
    }

    @Test
    void aKilledCopyComesBackApprovedButNeverGoesLiveByItself() {
        CrossPost copy = in(LIVE);
        copy.apply(KILL, "server", NOW, "the origin took it off");
        assertThat(copy.killed()).isTrue();
        assertThatThrownBy(() -> in(WITHDRAWN).apply(REVIVE, "server", NOW, null)).as("a copy withdrawn by a person is not revived")
                .isInstanceOf(IllegalCrossPost.class);

        copy.apply(REVIVE, "server", NOW, null);
        assertThat(copy.state()).isEqualTo(APPROVED);
        assertThat(copy.isDue(NOW)).as("it waits for its site's editors").isFalse();
        copy.apply(PUT_LIVE_AGAIN, "will", NOW, null);
        assertThat(copy.state()).isEqualTo(LIVE);
        assertThat(copy.killed()).isFalse();
    }

    @Test
    void anApprovedCopyIsDueAtItsReleaseTime() {
        CrossPost copy = in(APPROVED);
        copy.releaseAt(NOW.plusSeconds(3600));
        assertThat(copy.isDue(NOW)).isFalse();
        assertThat(copy.isDue(NOW.plusSeconds(3600))).isTrue();
        assertThat(in(REQUESTED).isDue(NOW)).isFalse();
    }

    @Test
    void aNewRequestAfterADeclineStartsAfresh() {
        CrossPost copy = in(DECLINED);
        copy.requested(CrossPost.Direction.PULL, "will", NOW.plusSeconds(60), "We would like it after all");
        assertThat(copy.state()).isEqualTo(REQUESTED);
        assertThat(copy.decidedBy()).isNull();
        assertThat(copy.direction()).isEqualTo(CrossPost.Direction.PULL);
        assertThat(copy.requestedBy()).isEqualTo("will");
    }
}
