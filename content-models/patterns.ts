/**
 * The validation patterns shared by the CMS (its field validators), the public
 * schemas (content-models/schemas) and the public endpoints: one copy, so that
 * everything the editor form accepts also passes the snapshot's schema and the
 * other way round.
 */

/** Slug (Kurzadresse): lowercase a–z and digits in words joined by single hyphens, e.g. "persoenliches-budget". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Phone number as people write it: digits, spaces, brackets, slashes and hyphens, optionally a leading "+". */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()/-]{4,24}[0-9]$/

/** E-mail address: one "@", no spaces or brackets, a top-level domain of two or more letters. */
export const EMAIL_PATTERN = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/

/** Time of day, 24-hour clock, HH:MM. */
export const TIME_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/

/** Absolute http(s) address without spaces, angle brackets or quotes. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s<>"]+$/
