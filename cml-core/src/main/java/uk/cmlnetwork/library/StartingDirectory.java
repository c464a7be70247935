package uk.cmlnetwork.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The directory a new installation starts with: the current open data shipped with the network (Arts
 * Council England's 2023 dataset and the Welsh libraries), imported through the same {@link DatasetImport}
 * as any coordinator's file. The 2023 file has no coordinates, so its libraries are placed from the same
 * library in the 2016 dataset where there is one (the 2016 file itself is not imported).
 */
public final class StartingDirectory {
    /** The names each fact will show: which dataset it came from. */
    public static final String ENGLAND_NAME = "Arts Council England basic dataset 2023";
    public static final String WALES_NAME = "Welsh public libraries";

    private final Libraries libraries;
    private final Clock clock;

    public StartingDirectory(Libraries libraries, Clock clock) {
        this.libraries = libraries;
        this.clock = clock;
    }

    /** One report per shipped file, in the caller's transaction; nothing if the directory has libraries already. */
    public List<ImportReport> loadIfEmpty() {
        if (libraries.count() > 0) {
            return List.of();
        }
        DatasetImport importer = new DatasetImport(libraries, LocalAuthorityRegister.shipped(), clock);
        List<Library> places2016 = places2016();
        List<ImportReport> reports = new ArrayList<>();
        try (Reader england = shippedFile("england-libraries-2023.csv"); Reader wales = shippedFile("wales-libraries.csv")) {
            ImportCheck check = importer.check(new DatasetFile(ENGLAND_NAME, DatasetFile.OGL,
                    england, null, ColumnMapping.none(), false), places2016);
            reports.add(importer.apply(check, Map.of(), row -> fixedId(ENGLAND_NAME, row)));
            ImportCheck welsh = importer.check(new DatasetFile(WALES_NAME, DatasetFile.OGL, wales, null,
                    ColumnMapping.none(), false), List.of());
            reports.add(importer.apply(welsh, Map.of(), row -> fixedId(WALES_NAME, row)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reports;
    }

    /**
     * The same id on every server for the same row: two servers starting on one empty database at the same
     * moment both try to add it, and the database's primary key lets only one of them.
     */
    private static LibraryId fixedId(String dataset, PublishedLibrary row) {
        return new LibraryId(UUID.nameUUIDFromBytes((dataset + ":" + row.line()).getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** The 2016 libraries with their coordinates, as plain objects never stored: only to place others. */
    private static List<Library> places2016() {
        try (Reader rows = shippedFile("england-libraries-2016.csv");
             Reader authorities = shippedFile("england-library-authorities-2016.csv")) {
            PublishedDataset.Reading reading = PublishedDataset.read(rows, ColumnMapping.none(),
                    PublishedDataset.numberedAuthorities(authorities));
            return reading.libraries().stream().filter(r -> r.location() != null)
                    .map(r -> Library.fromDataset(r, new WhereItIs(r.authority(), r.authorityCode(), null,
                            new PlaceFinder.Place(r.location(), PlaceFinder.Precision.FROM_THE_FILE)), "2016"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file shipped in the core jar's data folder. */
    static Reader shippedFile(String name) {
        InputStream in = StartingDirectory.class.getResourceAsStream("data/" + name);
        if (in == null) {
            throw new IllegalStateException("The shipped file data/" + name + " is missing from the core jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
