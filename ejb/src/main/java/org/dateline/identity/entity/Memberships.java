package org.dateline.identity.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps group paths to memberships. Only full paths count: a group called {@code editors} alone
 * says nothing about which office it is in, and is ignored.
 */
public final class Memberships {

    private static final Pattern OFFICE_GROUP = Pattern.compile("^/offices/([a-z0-9-]+)/([a-z-]+)$");
    private static final Pattern REGION_GROUP = Pattern.compile("^/regions/([a-z0-9-]+)/regional-editors$");

    private Memberships() {
    }

    public static Caller of(String name, Collection<String> groupPaths) {
        Set<Membership> memberships = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String path : groupPaths) {
            Matcher office = OFFICE_GROUP.matcher(path);
            if (office.matches()) {
                Role role = Role.ofGroup(office.group(2));
                if (role != null) {
                    memberships.add(new Membership(office.group(1), role));
                }
                continue;
            }
            Matcher region = REGION_GROUP.matcher(path);
            if (region.matches()) {
                regions.add(region.group(1));
            }
        }
        return new Caller(name, memberships, regions);
    }
}
