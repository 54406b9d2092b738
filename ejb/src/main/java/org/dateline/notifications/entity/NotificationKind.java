package org.dateline.notifications.entity;

/** What a notification tells its person. */
public enum NotificationKind {
    /** An editor sent the person's story back with a comment. */
    CHANGES_REQUESTED,
    /** The person's story went live on the office's site (now, or at its scheduled time). */
    PUBLISHED,
    /** A story was submitted for review: told to the office's editors. */
    AWAITS_REVIEW,
    /** Someone took over the editing of a story the person was editing. */
    LOCK_TAKEN,
    /** Someone wrote in the thread of the person's story, or of a story whose thread they wrote in. */
    COMMENTED,
    /** An office asked for a story to be shown on another office's site: told, by mail, to the region's regional editors. */
    SHARE_REQUESTED("crossposts/queue.xhtml"),
    /** Another office's story went live on this office's site (at approval, its release time or the origin's publication): told to its editors. */
    COPY_LIVE("crossposts/copies.xhtml"),
    /** The regional editor approved the person's offer of the office's story to another office's site. */
    SHARE_APPROVED("crossposts/story.xhtml"),
    /** The regional editor declined the person's offer of the office's story to another office's site. */
    SHARE_DECLINED("crossposts/story.xhtml"),
    /** The regional editor approved the person's request for another office's story on their site. */
    COPY_APPROVED("crossposts/copies.xhtml"),
    /** The regional editor declined the person's request for another office's story on their site. */
    COPY_DECLINED("crossposts/copies.xhtml"),
    /** The story's office took it off its site, and the copy on this office's site came off with it: told to its editors. */
    COPY_TAKEN_OFF("crossposts/copies.xhtml");

    private final String studioPage;

    NotificationKind() {
        this("history.xhtml");
    }

    NotificationKind(String studioPage) {
        this.studioPage = studioPage;
    }

    /** The studio page, below {@code /studio/}, where the person acts on it (given {@code office} and {@code id}). */
    public String studioPage() {
        return studioPage;
    }
}
