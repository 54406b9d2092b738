/**
 * Search of an office's site. It reads only the read side (placements), through one Lucene index
 * per node kept on local disk: every query is filtered to one site, so a search shows another
 * office's story only where it is a live placement on the searched site (a cross-post). The index
 * is derived data: each node catches up from the database by site version (a placement records
 * the version its last change was made in), every second and at once after a change committed on
 * the node, and rebuilds it from the database when it is missing or was built from another
 * database. Stories are analysed in their own language (English and Spanish stemming, accents
 * folded), and a reader's words never make a query fail: whatever they type is a normal search.
 */
package org.dateline.search;
