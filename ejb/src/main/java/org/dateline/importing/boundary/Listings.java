package org.dateline.importing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.importing.control.CourseItems;
import org.dateline.importing.control.IssueImporter;
import org.dateline.importing.control.ListingItem;
import org.dateline.importing.control.NewsletterListing;
import org.dateline.importing.control.ListingParser;
import org.dateline.importing.control.MalformedListingException;
import org.dateline.importing.control.StoryImporter;
import org.dateline.importing.entity.ImportReport;
import org.dateline.importing.entity.ListingRefused;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.workflow.entity.EditorialAction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An editor imports a listing into their office: all of it, or, if it is malformed, none of it. A
 * listing in the newsletter layout becomes one published newsletter issue, any other stories.
 */
@Stateless
public class Listings {

    @Inject
    Callers callers;

    @Inject
    Offices offices;

    @Inject
    StoryImporter importer;

    @Inject
    IssueImporter issues;

    public ImportReport importListing(String office, String listingKey, String text) {
        return importListing(office, listingKey, text, null);
    }

    /**
     * Imports the listing; its undated items, if any, carry {@code undatedOn}, the date the office
     * chooses for them. A listing with undated items and no such date is refused with the items
     * named: nothing is ever shown as published on the day it was imported.
     */
    public ImportReport importListing(String office, String listingKey, String text, LocalDate undatedOn) {
        Caller caller = callers.current();
        offices.get(office);
        caller.require(office, EditorialAction.IMPORT.roles(), EditorialAction.IMPORT.description());
        if (NewsletterListing.isNewsletter(text)) {
            return issues.importIssue(office, listingKey, newsletter(listingKey, text), caller.name(), Instant.now());
        }
        List<ListingItem> items = parse(listingKey, text);
        if (undatedOn == null) {
            List<String> undated = items.stream().filter(i -> i.publishedOn() == null && !CourseItems.isCourse(i))
                    .map(i -> "line " + i.line() + ": \"" + i.title() + "\" has no date; say which date the listing's undated items carry")
                    .toList();
            if (!undated.isEmpty()) {
                throw new ListingRefused(listingKey, undated);
            }
        }
        return importer.importItems(office, listingKey, items, undatedOn, caller.name(), Instant.now());
    }

    static NewsletterListing newsletter(String listingKey, String text) {
        try {
            return NewsletterListing.parse(text);
        } catch (MalformedListingException e) {
            throw new ListingRefused(listingKey, e.problems());
        }
    }

    static List<ListingItem> parse(String listingKey, String text) {
        try {
            return ListingParser.parse(text);
        } catch (MalformedListingException e) {
            throw new ListingRefused(listingKey, e.problems());
        }
    }
}
