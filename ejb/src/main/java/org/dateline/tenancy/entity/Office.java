package org.dateline.tenancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A country office: the tenant. Its slug is the tenant id of everything it owns.
 */
@Entity
@Table(name = "office")
@NamedQuery(name = Office.ALL, query = "SELECT o FROM Office o ORDER BY o.name")
public class Office {

    public static final String ALL = "Office.all";

    /** The EclipseLink context property that carries the tenant (office slug) of an EntityManager. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String region;

    /** Comma-separated ISO 639-1 codes, the first being the office's main language. */
    @Column(nullable = false)
    private String languages;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** A {@link DateTimeFormatter} pattern, e.g. {@code dd / MM / yyyy} or {@code d MMMM, yyyy}. */
    @Column(name = "date_pattern", nullable = false)
    private String datePattern;

    /** Comma-separated host names the office's reader site answers on. */
    @Column(name = "host_names", nullable = false)
    private String hostNames;

    /**
     * The absolute base URL the office's reader site is published at ({@code https://sanjose.example.org/}),
     * or null for the network's address followed by the office's slug.
     */
    @Column(name = "site_address")
    private String siteAddress;

    /** Branding: the name and tagline the site's masthead shows. */
    @Column(name = "site_name", nullable = false)
    private String siteName;

    private String tagline;

    /** A path below the web application's root ({@code resources/brand/…}) or an absolute URL. */
    private String logo;

    /** The masthead's background, under white text ({@code #rrggbb}). */
    @Column(name = "brand_colour", nullable = false)
    private String brandColour = Branding.INK;

    /** The links' colour, on white ({@code #rrggbb}). */
    @Column(name = "accent_colour", nullable = false)
    private String accentColour = Branding.LINK;

    @Version
    private int version;

    protected Office() {
    }

    public Office(String slug, String name, String region, String languages, String timeZone,
                  String datePattern, String hostNames) {
        this.slug = slug;
        this.name = name;
        this.region = region;
        this.languages = languages;
        this.timeZone = timeZone;
        this.datePattern = datePattern;
        this.hostNames = hostNames;
        this.siteName = name;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public List<String> languages() {
        return Arrays.stream(languages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String mainLanguage() {
        return languages().get(0);
    }

    public boolean publishesIn(String language) {
        return languages().contains(language);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<String> hostNames() {
        return Arrays.stream(hostNames.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The office's own site address as configured, if it has one; {@code tenancy.control.SiteAddresses} checks it. */
    public java.util.Optional<String> siteAddress() {
        return siteAddress == null || siteAddress.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(siteAddress.strip());
    }

    public Branding branding() {
        return new Branding(siteName == null ? name : siteName, tagline, logo, brandColour, accentColour);
    }

    /** The office's way of writing a date, as a {@link DateTimeFormatter} pattern. */
    public String datePattern() {
        return datePattern;
    }

    /** The office's own way of writing a date, in the given language. */
    public String formatDate(LocalDate date, String language) {
        return DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(language)).format(date);
    }
}
