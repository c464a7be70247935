package uk.cmlnetwork.library;

import uk.cmlnetwork.shared.Region;

/**
 * Where a dataset's row is, as the import worked it out: its authority (the file's name for it, else the
 * register's), the authority's GSS code, its region (English region or Wales) and its place. Any part may
 * be unknown (null).
 */
public record WhereItIs(String authority, String authorityCode, Region region, PlaceFinder.Place place) {
}
