package org.dateline.workflow.entity;

import org.dateline.identity.entity.Role;

import java.util.EnumSet;
import java.util.Set;

import static org.dateline.workflow.entity.EditorialState.ARCHIVED;
import static org.dateline.workflow.entity.EditorialState.CHANGES_REQUESTED;
import static org.dateline.workflow.entity.EditorialState.DRAFT;
import static org.dateline.workflow.entity.EditorialState.IN_REVIEW;
import static org.dateline.workflow.entity.EditorialState.PUBLISHED;
import static org.dateline.workflow.entity.EditorialState.SCHEDULED;
import static org.dateline.workflow.entity.EditorialState.UNPUBLISHED;

/**
 * The state machine: every action a story can undergo, the states it may start from, the state
 * it leads to ({@code null}: the state does not change) and the roles that may take it. Nothing
 * else decides whether a transition is legal.
 */
public enum EditorialAction {
    CREATE("create a story", Set.of(), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    /** Saving a new revision. A story under review may only be revised by an editor. */
    REVISE("revise the story", EnumSet.of(DRAFT, CHANGES_REQUESTED), null, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REVISE_IN_REVIEW("revise a story under review", EnumSet.of(IN_REVIEW), null, EnumSet.of(Role.EDITOR)),
    /** Editing a published or unpublished story starts a new draft; the live revision stays live. */
    REVISE_AGAIN("start a new revision", EnumSet.of(PUBLISHED, UNPUBLISHED), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    SUBMIT("submit the story for review", EnumSet.of(DRAFT, CHANGES_REQUESTED), IN_REVIEW, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    /** Taking a story back from review to go on writing it. */
    WITHDRAW("withdraw the story from review", EnumSet.of(IN_REVIEW), DRAFT, EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    REQUEST_CHANGES("request changes", EnumSet.of(IN_REVIEW, SCHEDULED), CHANGES_REQUESTED, EnumSet.of(Role.EDITOR)),
    PUBLISH("publish the story", EnumSet.of(IN_REVIEW, SCHEDULED), PUBLISHED, EnumSet.of(Role.EDITOR)),
    SCHEDULE("schedule the story", EnumSet.of(IN_REVIEW, SCHEDULED), SCHEDULED, EnumSet.of(Role.EDITOR)),
    CANCEL_SCHEDULE("cancel the scheduled publication", EnumSet.of(SCHEDULED), IN_REVIEW, EnumSet.of(Role.EDITOR)),
    /** The scheduler publishing a story at its time; no person takes it. */
    RELEASE("publish the story at its scheduled time", EnumSet.of(SCHEDULED), PUBLISHED, EnumSet.noneOf(Role.class)),
    /** Only a story with a live revision can be unpublished (checked by the story). */
    UNPUBLISH("unpublish the story", EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED), UNPUBLISHED,
            EnumSet.of(Role.EDITOR)),
    /** A live story comes off the site at a time set in advance; its state stays (checked by the story: it must be live). */
    SCHEDULE_UNPUBLISH("schedule taking the story off the site", EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED),
            null, EnumSet.of(Role.EDITOR)),
    CANCEL_UNPUBLISH("cancel the scheduled take-down", EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED),
            null, EnumSet.of(Role.EDITOR)),
    /** The scheduler taking a live story off the site at its scheduled time; no person takes it. */
    TAKE_DOWN("take the story off the site at its scheduled time", EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED),
            UNPUBLISHED, EnumSet.noneOf(Role.class)),
    /** Only a story with nothing live can be archived (checked by the story). */
    ARCHIVE("archive the story", EnumSet.of(DRAFT, CHANGES_REQUESTED, UNPUBLISHED), ARCHIVED, EnumSet.of(Role.EDITOR)),
    RESTORE("restore an earlier revision", EnumSet.of(DRAFT, CHANGES_REQUESTED, PUBLISHED, UNPUBLISHED), DRAFT,
            EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    /** Restoring an earlier revision of a story under review is revising it: an editor's, and it stays in review. */
    RESTORE_IN_REVIEW("restore an earlier revision of a story under review", EnumSet.of(IN_REVIEW), null, EnumSet.of(Role.EDITOR)),
    IMPORT("import a published story", EnumSet.of(DRAFT), PUBLISHED, EnumSet.of(Role.EDITOR)),
    /**
     * Linking a story with its translation (or undoing the link), as revising: whoever may revise
     * the story may link it; a story under review or scheduled is an editor's.
     */
    LINK_TRANSLATION("link a translation", EnumSet.of(DRAFT, CHANGES_REQUESTED, PUBLISHED, UNPUBLISHED), null,
            EnumSet.of(Role.AUTHOR, Role.EDITOR)),
    LINK_TRANSLATION_IN_REVIEW("link a translation of a story under review", EnumSet.of(IN_REVIEW, SCHEDULED), null,
            EnumSet.of(Role.EDITOR)),
    /** Linking two stories that are both live changes what their pages show at once: an editor's call. */
    LINK_LIVE_TRANSLATIONS("link two live stories as translations",
            EnumSet.of(DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED, UNPUBLISHED), null, EnumSet.of(Role.EDITOR));

    private final String description;
    private final Set<EditorialState> from;
    private final EditorialState to;
    private final Set<Role> roles;

    EditorialAction(String description, Set<EditorialState> from, EditorialState to, Set<Role> roles) {
        this.description = description;
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    public String description() {
        return description;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean startsFrom(EditorialState state) {
        return from.contains(state);
    }

    public EditorialState leadsFrom(EditorialState state) {
        return to == null ? state : to;
    }

    /** The action linking (or unlinking) a translation is, given the story's state and whether both stories are live. */
    public static EditorialAction translationLinkIn(EditorialState state, boolean bothLive) {
        if (bothLive) {
            return LINK_LIVE_TRANSLATIONS;
        }
        return state == IN_REVIEW || state == SCHEDULED ? LINK_TRANSLATION_IN_REVIEW : LINK_TRANSLATION;
    }

    /** The action restoring an earlier revision is, given the state the story is in. */
    public static EditorialAction restoreIn(EditorialState state) {
        return state == IN_REVIEW ? RESTORE_IN_REVIEW : RESTORE;
    }

    /** The action a save is, given the state the story is in. */
    public static EditorialAction revisionIn(EditorialState state) {
        return switch (state) {
            case IN_REVIEW -> REVISE_IN_REVIEW;
            case PUBLISHED, UNPUBLISHED -> REVISE_AGAIN;
            default -> REVISE;
        };
    }
}
