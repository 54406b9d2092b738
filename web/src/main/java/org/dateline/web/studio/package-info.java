/**
 * The studio: where an office's staff work, signed in with Keycloak. Sign-in, sign-out and the
 * "sign-in is unavailable" page; the office a person works in (chosen once per session when they
 * work in several); the office's start page and the story editor. Every page acts through the
 * boundaries, which check the office and the role again for every action: what the studio shows
 * or hides is a convenience, never the protection. Every word is the person's language's: their
 * stored choice, else their browser's ({@link org.dateline.web.studio.StudioLanguage}; the bundle
 * {@code org.dateline.web.studio.messages}, {@code #{msg['…']}} in the pages).
 */
package org.dateline.web.studio;
