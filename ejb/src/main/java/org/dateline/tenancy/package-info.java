/**
 * Offices, the tenants of the network: their settings (name, region, languages, time zone, date
 * format, host names, site address, branding), where each office's site is published
 * ({@link org.dateline.tenancy.control.SiteAddresses}: configured, never taken from a request),
 * and the one mechanism that keeps each office's data apart. Every office-owned entity is an
 * EclipseLink {@code @Multitenant} entity discriminated by {@code office_id};
 * {@link org.dateline.tenancy.control.Tenancy} is the only place that hands out an
 * {@code EntityManager}, and it always binds it to one office. No other code filters by office.
 */
package org.dateline.tenancy;
