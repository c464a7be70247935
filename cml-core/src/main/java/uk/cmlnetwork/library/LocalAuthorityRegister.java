package uk.cmlnetwork.library;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.cmlnetwork.shared.Region;

/**
 * Every UK local authority, read from the register the network ships (uk-local-authorities.csv): found
 * by its GSS code (also a former one) or by any of its names as datasets write them ("Bath and North
 * East Somerset", "Bath & NE Somerset Council"), with its nation, its English region and its centroid.
 */
public final class LocalAuthorityRegister {
    /** One authority as the register has it; the region is empty outside England. */
    public record Authority(String name, String gssCode, String nation, String region, Location centroid) {
        public boolean isInEnglandOrWales() {
            return "England".equals(nation) || "Wales".equals(nation);
        }

        /** Its English region, or Wales; empty outside the network's area. */
        public Optional<Region> networkRegion() {
            if ("Wales".equals(nation)) {
                return Optional.of(Region.WALES);
            }
            return java.util.Arrays.stream(Region.values())
                    .filter(r -> r.label().equalsIgnoreCase(region == null ? "" : region.strip()))
                    .findFirst();
        }
    }

    private final Map<String, Authority> byKey = new HashMap<>();

    private LocalAuthorityRegister() {
    }

    private static volatile LocalAuthorityRegister shipped;

    /** The register shipped with the directory (data/uk-local-authorities.csv), read once. */
    public static LocalAuthorityRegister shipped() {
        LocalAuthorityRegister register = shipped;
        if (register == null) {
            try (Reader csv = StartingDirectory.shippedFile("uk-local-authorities.csv")) {
                register = read(csv);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = register;
        }
        return register;
    }

    /**
     * Reads the register. An authority that was replaced (Poole, old Buckinghamshire) has no region of its
     * own there: it takes its successor's region and, if it has none, its centroid.
     */
    public static LocalAuthorityRegister read(Reader csv) {
        LocalAuthorityRegister register = new LocalAuthorityRegister();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(csv)) {
            List<CSVRecord> rows = parser.getRecords();
            Map<String, CSVRecord> byCode = new HashMap<>();
            rows.forEach(row -> byCode.put(value(row, "local-authority-code"), row));
            for (CSVRecord row : rows) {
                boolean current = !"False".equalsIgnoreCase(value(row, "current-authority"));
                CSVRecord successor = byCode.get(value(row, "replaced-by"));
                String region = value(row, "region");
                Location centroid = centroid(row);
                if (successor != null && region.isBlank()) {
                    region = value(successor, "region");
                }
                if (successor != null && centroid == null) {
                    centroid = centroid(successor);
                }
                Authority authority = new Authority(value(row, "nice-name"), value(row, "gss-code"), value(row, "nation"),
                        region, centroid);
                register.add(authority.gssCode(), authority, current);
                for (String former : value(row, "former-gss-codes").split("[,;\\s]+")) {
                    register.add(former, authority, false);
                }
                register.add(words(value(row, "nice-name")), authority, current);
                register.add(words(value(row, "official-name")), authority, current);
                for (String alternative : value(row, "alt-names").split(",")) {
                    register.add(words(alternative), authority, current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return register;
    }

    /** The authority with this GSS code or name, if the register knows it. */
    public Optional<Authority> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Authority byCode = byKey.get(codeOrName.strip().toUpperCase(Locale.ROOT));
        return Optional.ofNullable(byCode != null ? byCode : byKey.get(words(codeOrName)));
    }

    /** A current authority wins a name or code it shares with one that was replaced. */
    private void add(String key, Authority authority, boolean current) {
        if (key == null || key.isBlank()) {
            return;
        }
        if (current) {
            byKey.put(key, authority);
        } else {
            byKey.putIfAbsent(key, authority);
        }
    }

    /** Names compared by their words: case, "&", "council", "borough of", "city of" and punctuation do not matter. */
    static String words(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).replace("&", " and ").split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !IGNORED.contains(word)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    private static final java.util.Set<String> IGNORED = java.util.Set.of("council", "borough", "metropolitan", "district",
            "county", "city", "of", "the", "royal", "cyngor", "sir");

    private static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    private static Location centroid(CSVRecord row) {
        try {
            return new Location(Double.parseDouble(value(row, "lat")), Double.parseDouble(value(row, "long")));
        } catch (NumberFormatException none) {
            return null;
        }
    }
}
