/**
 * The schema. Flyway migrations under {@code db/migration}, the same files on H2 and PostgreSQL,
 * create and upgrade it before anything else runs; JPA never generates or alters tables, so an
 * upgrade never loses data. A migration that needs Java (filling a new table from existing rows)
 * is a {@code JavaMigration} in {@code database.control}, registered with Flyway by version.
 */
package org.dateline.database;
