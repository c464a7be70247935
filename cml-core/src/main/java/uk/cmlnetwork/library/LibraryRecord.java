package uk.cmlnetwork.library;

import uk.cmlnetwork.shared.Region;

/**
 * The facts a published dataset records about one library, as read from one row.
 *
 * @param sourceKey stable key of the row in its dataset (e.g. "england-2016:17"), so importing the
 *                  same file again finds the same library
 * @param deprivationDecile the dataset's "multiple" figure for the library's area: the Index of
 *                  Multiple Deprivation decile (1 most deprived, 10 least)
 */
public record LibraryRecord(String sourceKey, String name, String address, String postcode, String localAuthority,
                            Region region, Location location, ManagementType managementType,
                            Boolean statutory, Integer openedYear, Integer closedYear, String openingHours,
                            String website, String contactEmail, Double deprivationDecile, Integer population) {
}
