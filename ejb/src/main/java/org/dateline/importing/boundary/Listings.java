package org.dateline.importing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.dateline.identity.control.Callers;
import org.dateline.identity.entity.Caller;
import org.dateline.importing.control.ListingItem;
import org.dateline.importing.control.ListingParser;
import org.dateline.importing.control.MalformedListingException;
import org.dateline.importing.control.StoryImporter;
import org.dateline.importing.entity.ImportReport;
import org.dateline.importing.entity.ListingRefused;
import org.dateline.tenancy.boundary.Offices;
import org.dateline.workflow.entity.EditorialAction;

import java.time.Instant;
import java.util.List;

/** An editor imports a listing into their office: all of it, or, if it is malformed, none of it. */
@Stateless
public class Listings {

    @Inject
    Callers callers;

    @Inject
    Offices offices;

    @Inject
    StoryImporter importer;

    public ImportReport importListing(String office, String listingKey, String text) {
        Caller caller = callers.current();
        offices.get(office);
        caller.require(office, EditorialAction.IMPORT.roles(), EditorialAction.IMPORT.description());
        return importer.importItems(office, listingKey, parse(listingKey, text), caller.name(), Instant.now());
    }

    static List<ListingItem> parse(String listingKey, String text) {
        try {
            return ListingParser.parse(text);
        } catch (MalformedListingException e) {
            throw new ListingRefused(listingKey, e.problems());
        }
    }
}
