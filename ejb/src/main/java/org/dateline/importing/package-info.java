/**
 * Importing plain-text listings (the offices' old sites) as published stories with their real
 * dates, datelines and leads. A listing is parsed whole before anything is written: a malformed
 * one, or one past the size limits (bytes, lines, stories, a line's length), is refused with every
 * problem and its line number, and nothing of it is imported. Reading a line takes time linear in
 * its length: no pattern may backtrack over it. Each listing is imported once per office;
 * importing it again changes nothing.
 */
package org.dateline.importing;
