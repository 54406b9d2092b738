/**
 * The schema. Flyway migrations under {@code db/migration}, the same files on H2 and PostgreSQL,
 * create and upgrade it before anything else runs; JPA never generates or alters tables, so an
 * upgrade never loses data.
 */
package org.dateline.database;
