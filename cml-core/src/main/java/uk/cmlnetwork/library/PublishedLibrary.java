package uk.cmlnetwork.library;

import java.util.List;

/**
 * One row of a published dataset, as read: what the directory needs, whatever the file's way of saying
 * it. Any part may be unknown (null).
 *
 * @param line the row's line in the file
 * @param management how it is run, or closed (XL, XLR, XLT): null if the file does not say
 * @param authorityCode the authority's GSS code (E..., W..., S..., N...) when the file gives it
 * @param hours weekly opening hours as the file gives them
 * @param deprivation the area's deprivation decile (1 most deprived), where the file has it
 * @param warnings what could not be read and was left blank
 */
public record PublishedLibrary(long line, String name, String address, String postcode, String authority,
                               String authorityCode, String uprn, ServicePoint servicePoint, ManagementType management,
                               Boolean statutory, Integer openedYear, Integer closedYear, String website, String email,
                               Location location, String hours, Double deprivation, Integer population,
                               List<String> warnings, List<DayHours> days, String specialHours) {

    /** A row without hours per day or special hours. */
    public PublishedLibrary(long line, String name, String address, String postcode, String authority, String authorityCode,
                            String uprn, ServicePoint servicePoint, ManagementType management, Boolean statutory,
                            Integer openedYear, Integer closedYear, String website, String email, Location location,
                            String hours, Double deprivation, Integer population, List<String> warnings) {
        this(line, name, address, postcode, authority, authorityCode, uprn, servicePoint, management, statutory, openedYear,
                closedYear, website, email, location, hours, deprivation, population, warnings, List.of(), null);
    }

    /** Open (not closed, not temporarily closed) and its management known. */
    public boolean isOpen() {
        return management != null && !management.isClosed();
    }

    /** What the sector's headline counts count: an open static library. */
    public boolean isOpenStaticLibrary() {
        return isOpen() && servicePoint == ServicePoint.STATIC;
    }
}
