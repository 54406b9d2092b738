/**
 * The JSON read API of the offices' sites ({@code /api/v1/{office}/…}), for the offices' apps. It
 * reads the same read side as the reader pages (live placements of one office), answers with the
 * site's version as ETag, and pages by keyset like the home page. Documented by MicroProfile
 * OpenAPI at {@code /openapi}.
 */
package org.dateline.web.api;
