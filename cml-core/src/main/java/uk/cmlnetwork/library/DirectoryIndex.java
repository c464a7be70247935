package uk.cmlnetwork.library;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The whole directory in memory, kept in each order the directory can be sorted by, so a search
 * is one pass over an already sorted list, reading plain {@link DirectoryEntry} fields and, for words,
 * only the libraries {@link DirectoryWords} says could hold them. England has a few thousand public libraries, so this
 * costs a few megabytes and makes a search a fraction of a millisecond instead of three queries.
 * Immutable: it holds copies of the libraries, made when it is built.
 */
final class DirectoryIndex {
    private final DirectoryState state;
    private final Map<DirectorySearch.Sort, List<DirectoryEntry>> sorted = new EnumMap<>(DirectorySearch.Sort.class);
    private final DirectoryWords words;
    private final List<String> authorities;

    private DirectoryIndex(DirectoryState state, List<Library> libraries) {
        this.state = state;
        Collator english = Collator.getInstance(Locale.UK);
        Map<Library, CollationKey> names = new IdentityHashMap<>();
        Map<Library, CollationKey> authorityKeys = new IdentityHashMap<>();
        for (Library library : libraries) {
            names.put(library, english.getCollationKey(library.name()));
            authorityKeys.put(library, library.localAuthority() == null ? null : english.getCollationKey(library.localAuthority()));
        }
        // Ties are broken by name and then id, as the database would be asked to.
        Comparator<Library> byName = Comparator.<Library, CollationKey>comparing(names::get).thenComparing(l -> l.id().value());
        Map<Library, DirectoryEntry> entries = new IdentityHashMap<>();
        for (int i = 0; i < libraries.size(); i++) {
            entries.put(libraries.get(i), DirectoryEntry.of(i, libraries.get(i)));
        }
        sorted.put(DirectorySearch.Sort.NAME, sortedBy(libraries, byName, entries));
        sorted.put(DirectorySearch.Sort.AUTHORITY, sortedBy(libraries, nullsLast(authorityKeys::get).thenComparing(byName), entries));
        sorted.put(DirectorySearch.Sort.REGION, sortedBy(libraries,
                nullsLast((Library l) -> l.region() == null ? null : l.region().name()).thenComparing(byName), entries));
        sorted.put(DirectorySearch.Sort.TYPE, sortedBy(libraries,
                nullsLast((Library l) -> l.managementType().name()).thenComparing(byName), entries));
        this.words = new DirectoryWords(libraries.stream().map(entries::get).toList());
        TreeSet<String> named = new TreeSet<>(english);
        libraries.stream().map(Library::localAuthority).filter(a -> a != null).forEach(named::add);
        this.authorities = List.copyOf(named);
    }

    /** Copies the libraries (outcomes included) into a new index of this state of the directory. */
    static DirectoryIndex of(DirectoryState state, List<Library> libraries) {
        return new DirectoryIndex(state, libraries.stream().map(Library::new).toList());
    }

    private static <K extends Comparable<? super K>> Comparator<Library> nullsLast(Function<Library, K> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static List<DirectoryEntry> sortedBy(List<Library> libraries, Comparator<Library> order,
            Map<Library, DirectoryEntry> entries) {
        List<Library> copy = new ArrayList<>(libraries);
        copy.sort(order);
        return copy.stream().map(entries::get).toList();
    }

    DirectoryState state() {
        return state;
    }

    List<String> authorities() {
        return authorities;
    }

    DirectoryPage search(DirectorySearch search) {
        String text = search.text() == null || search.text().isBlank() ? null
                : search.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        BitSet candidates = text == null ? null : words.candidates(text);
        String authority = search.authority() == null || search.authority().isBlank() ? null : search.authority().strip();
        int first = search.firstResult();
        List<Library> page = new ArrayList<>(Math.min(search.pageSize(), 100));
        long total = 0;
        for (DirectoryEntry entry : sorted.get(search.sort())) {
            if ((candidates == null || candidates.get(entry.position()))
                    && entry.matchesFilters(search, authority)
                    && (text == null || entry.text().contains(text))) {
                if (total >= first && page.size() < search.pageSize()) {
                    page.add(entry.library());
                }
                total++;
            }
        }
        return new DirectoryPage(List.copyOf(page), total, search.page(), search.pageSize());
    }
}
