/**
 * Images an office's staff upload for its stories (hero images), owned by that office. An upload
 * is checked by its content (JPEG, PNG, WebP when the runtime reads it), its size and its alt text
 * before anything is stored, and what decoding it would cost (pixels, decoded bytes, JPEG scans) from
 * its header before it is decoded; each node decodes and renders at most a few at a time, and an
 * upload that cannot get its turn soon is refused as busy, with nothing stored. The renditions the reader sites serve are made at upload, at a few
 * widths and never wider than the original, and are stored in the database beside the image so
 * that every node serves the same bytes. A rendition's address carries its digest: its bytes never
 * change, so readers' browsers and proxies may keep it for a year. An office can neither attach
 * nor read another office's image; a placement copies what a story page needs (alt, credit, sizes),
 * so rendering needs no access to the write side.
 */
package org.dateline.media;
