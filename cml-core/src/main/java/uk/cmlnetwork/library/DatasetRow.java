package uk.cmlnetwork.library;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import uk.cmlnetwork.shared.Postcode;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.Text;

/**
 * One row of a library dataset, read field by field the way the sector writes it: postcodes
 * without a space, t/f for yes and no, websites without https://, "NA" or a sentence where an email
 * should be. {@link #read()} gives the library's facts or refuses the whole row with the reason.
 */
final class DatasetRow {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A library authority as the authorities file gives it. */
    record Authority(String name, String code) {
    }

    /** A row that cannot be imported; the message says why. */
    static final class BadRow extends RuntimeException {
        BadRow(String reason) {
            super(reason, null, false, false);
        }
    }

    private final CSVRecord row;
    private final HeaderMapping mapping;
    private final Map<String, Authority> authorities;

    DatasetRow(CSVRecord row, HeaderMapping mapping, Map<String, Authority> authorities) {
        this.row = row;
        this.mapping = mapping;
        this.authorities = authorities;
    }

    LibraryRecord read() {
        String key = text("key");
        if (key == null) {
            throw new BadRow("it has no key (" + mapping.heading("key").orElse("key") + ")");
        }
        String name = text("name");
        if (name == null) {
            throw new BadRow("it has no library name");
        }
        if (name.length() > 200) {
            throw new BadRow("the name is longer than 200 characters");
        }
        String postcode = null;
        String postcodeText = text("postcode");
        if (postcodeText != null) {
            postcode = Postcode.normalise(postcodeText);
            if (postcode == null) {
                throw new BadRow("'" + postcodeText + "' is not a UK postcode");
            }
        }
        Authority authority = authority();
        Region region = region(authority);
        Location location = location();
        return new LibraryRecord(mapping.dataset() + ":" + key, name, limit(text("address"), 400), postcode,
                authority == null ? null : limit(authority.name(), 120), region, location, managementType(),
                yesNo("statutory"), whole("opened_year"), whole("closed_year"), limit(text("hours"), 200), website(),
                email(), decimal("deprivation"), whole("population"));
    }

    private Location location() {
        Double lat = decimal("lat");
        Double lng = decimal("lng");
        if (lat == null || lng == null) {
            return null;
        }
        Location location = new Location(lat, lng);
        if (!location.isInEngland()) {
            throw new BadRow("the location " + location + " is not in England");
        }
        return location;
    }

    private ManagementType managementType() {
        String type = text("type");
        String closed = text("closed");
        String code = closed != null ? closed : type;
        if (code == null) {
            throw new BadRow("it has neither a management type nor a closure code");
        }
        return ManagementType.fromCode(code).orElseThrow(() -> new BadRow("'" + code
                + "' is not a management type (LAL, LAL-, CL, CRL, ICL; or LA, LAU, C, CR) or closure code (XL, XLR, XLT)"));
    }

    private Authority authority() {
        String id = text("authority_id");
        if (id != null && authorities.containsKey(id)) {
            return authorities.get(id);
        }
        String name = text("authority");
        if (name != null) {
            return new Authority(name, text("authority_code"));
        }
        if (id != null && !authorities.isEmpty()) {
            throw new BadRow("the authority " + id + " is not in the authorities file");
        }
        return null;
    }

    private Region region(Authority authority) {
        String named = text("region");
        if (named != null) {
            String wanted = named.replace('_', ' ').toLowerCase(Locale.ROOT);
            for (Region region : Region.values()) {
                if (region.label().toLowerCase(Locale.ROOT).equals(wanted)
                        || region.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(wanted)) {
                    return region;
                }
            }
            throw new BadRow("'" + named + "' is not a region of England");
        }
        return authority == null ? null : AuthorityRegions.of(authority.code()).orElse(null);
    }

    /** Websites are often written without https://; text that is not an address is left out. */
    private String website() {
        String url = text("url");
        if (url == null || url.contains(" ") || !url.contains(".")) {
            return null;
        }
        String full = url.matches("(?i)^https?://.*") ? url : "http://" + url;
        return full.length() > 400 ? null : full;
    }

    /** Contact emails: the dataset has "NA", "None" and sentences here; only addresses are kept. */
    private String email() {
        String email = text("email");
        return email != null && email.length() <= 254 && EMAIL.matcher(email).matches() ? email : null;
    }

    private String text(String field) {
        Optional<String> heading = mapping.heading(field);
        if (heading.isEmpty() || !row.isMapped(heading.get()) || !row.isSet(heading.get())) {
            return null;
        }
        return Text.blankToNull(row.get(heading.get()));
    }

    private Double decimal(String field) {
        String value = text(field);
        if (value == null || value.equalsIgnoreCase("NA")) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadRow("the " + field + " '" + value + "' is not a number");
        }
    }

    private Integer whole(String field) {
        Double value = decimal(field);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new BadRow("the " + field + " '" + text(field) + "' is not a whole number");
        }
        return value.intValue();
    }

    private Boolean yesNo(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "t", "true", "y", "yes", "1" -> Boolean.TRUE;
            case "f", "false", "n", "no", "0" -> Boolean.FALSE;
            default -> throw new BadRow("the " + field + " '" + value + "' is not yes or no (t/f)");
        };
    }

    private static String limit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
