package org.dateline.crossposting.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A cross-post as a page lists it, read in one go by the boundary: the cross-post's own fields, the
 * story's title as its origin shows it (the live revision, else the working one), both offices by
 * name and time zone, and where readers find the story on each site.
 *
 * @param originUrl the story's page on the origin's site, or null while it is not live there
 * @param copyUrl   the copy's page on the target's site, or null while it is not live there
 */
public record CrossPostLine(long id, int version, CrossPostState state, CrossPost.Direction direction,
                            String originOffice, String originName, ZoneId originZone, long storyId, String title,
                            String targetOffice, String targetName, ZoneId targetZone,
                            String requestedBy, Instant requestedAt, String requestNote,
                            String decidedBy, Instant decidedAt, String decisionNote, Instant releaseAt, Instant liveSince,
                            String endedBy, Instant endedAt, String endNote, boolean killed, List<String> targetTopics,
                            boolean originLive, String originUrl, String copyUrl) implements Serializable {

    public CrossPostLine {
        targetTopics = List.copyOf(targetTopics);
    }

    /** The office that asked: the origin offering its story (push), or the target asking for it (pull). */
    public String askingOffice() {
        return direction == CrossPost.Direction.PUSH ? originOffice : targetOffice;
    }

    public ZoneId askingZone() {
        return direction == CrossPost.Direction.PUSH ? originZone : targetZone;
    }

    public String askingName() {
        return direction == CrossPost.Direction.PUSH ? originName : targetName;
    }
}
