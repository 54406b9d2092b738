package org.dateline.crossposting.entity;

import java.util.EnumSet;
import java.util.Set;

import static org.dateline.crossposting.entity.CrossPostState.APPROVED;
import static org.dateline.crossposting.entity.CrossPostState.DECLINED;
import static org.dateline.crossposting.entity.CrossPostState.LIVE;
import static org.dateline.crossposting.entity.CrossPostState.REQUESTED;
import static org.dateline.crossposting.entity.CrossPostState.WITHDRAWN;

/**
 * The cross-post's state machine: every action, the states it may start from, the state it leads
 * to, and who may take it, as the offices and region involved see them. Nothing else decides
 * whether a transition is legal.
 */
public enum CrossPostAction {
    /** An editor of the origin asks to show its story on another office's site, or an editor of that office asks for it. */
    REQUEST("request the cross-post", EnumSet.of(DECLINED, WITHDRAWN), REQUESTED, EnumSet.of(Party.ORIGIN_EDITOR, Party.TARGET_EDITOR)),
    APPROVE("approve the cross-post", EnumSet.of(REQUESTED), APPROVED, EnumSet.of(Party.REGIONAL_EDITOR)),
    DECLINE("decline the cross-post", EnumSet.of(REQUESTED), DECLINED, EnumSet.of(Party.REGIONAL_EDITOR)),
    /** The server putting an approved copy live: the origin's story is live and the release time has come. */
    GO_LIVE("put the copy live", EnumSet.of(APPROVED), LIVE, EnumSet.of(Party.SERVER)),
    /** The target's editors putting a copy live again after the origin took its story off and back. */
    PUT_LIVE_AGAIN("put the copy live again", EnumSet.of(APPROVED), LIVE, EnumSet.of(Party.TARGET_EDITOR)),
    WITHDRAW("withdraw the cross-post", EnumSet.of(REQUESTED, APPROVED, LIVE), WITHDRAWN,
            EnumSet.of(Party.ORIGIN_EDITOR, Party.TARGET_EDITOR, Party.REGIONAL_EDITOR)),
    /** The origin took its story off its site: every live copy comes off too. */
    KILL("take the copy off with the origin's story", EnumSet.of(LIVE), WITHDRAWN, EnumSet.of(Party.SERVER)),
    /** The origin put its story live again: a killed copy may go live again, once the target's editors say so. */
    REVIVE("offer the copy again", EnumSet.of(WITHDRAWN), APPROVED, EnumSet.of(Party.SERVER)),
    /** The target's editors file their copy under topics of their own. */
    SET_TOPICS("set the copy's topics", EnumSet.of(APPROVED, LIVE), null, EnumSet.of(Party.TARGET_EDITOR));

    /** Who takes part in a cross-post. */
    public enum Party {
        ORIGIN_EDITOR, TARGET_EDITOR, REGIONAL_EDITOR, SERVER
    }

    private final String description;
    private final Set<CrossPostState> from;
    private final CrossPostState to;
    private final Set<Party> parties;

    CrossPostAction(String description, Set<CrossPostState> from, CrossPostState to, Set<Party> parties) {
        this.description = description;
        this.from = from;
        this.to = to;
        this.parties = parties;
    }

    public String description() {
        return description;
    }

    public Set<Party> parties() {
        return parties;
    }

    public boolean startsFrom(CrossPostState state) {
        return from.contains(state);
    }

    public CrossPostState leadsFrom(CrossPostState state) {
        return to == null ? state : to;
    }
}
