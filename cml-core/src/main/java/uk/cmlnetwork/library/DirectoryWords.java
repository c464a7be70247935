package uk.cmlnetwork.library;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which libraries could contain a piece of text, found from the three-letter pieces of their search
 * text (a trigram index): a search for "bristol" then only checks the libraries that have "bri",
 * "ris", "ist", "sto" and "tol" somewhere, instead of reading every library's text. Text of fewer than
 * three letters cannot be looked up and is checked against every library.
 */
final class DirectoryWords {
    /**
     * Pieces found in more libraries than this are kept as ready-made bit sets (a few hundred bytes
     * each), so that a search for a common word only combines them; rarer pieces keep the list of
     * their libraries, which is smaller.
     */
    private static final int COMMON = 64;

    private final Map<String, BitSet> common = new HashMap<>();
    private final Map<String, int[]> rare = new HashMap<>();

    DirectoryWords(List<DirectoryEntry> entries) {
        Map<String, BitSet> found = new HashMap<>();
        for (DirectoryEntry entry : entries) {
            String text = entry.text();
            for (int i = 0; i + 3 <= text.length(); i++) {
                found.computeIfAbsent(text.substring(i, i + 3), t -> new BitSet(entries.size())).set(entry.position());
            }
        }
        found.forEach((trigram, where) -> {
            if (where.cardinality() > COMMON) {
                common.put(trigram, where);
            } else {
                rare.put(trigram, where.stream().toArray());
            }
        });
    }

    /**
     * The positions of the libraries whose text has every three-letter piece of {@code words} (lower
     * case); a superset of those containing the words, so each must still be checked. Null when the
     * words are too short to look up. The caller may change the set it gets.
     */
    BitSet candidates(String words) {
        if (words.length() < 3) {
            return null;
        }
        BitSet candidates = null;
        for (int i = 0; i + 3 <= words.length(); i++) {
            BitSet these = libraries(words.substring(i, i + 3));
            if (candidates == null) {
                candidates = (BitSet) these.clone();
            } else {
                candidates.and(these);
            }
            if (candidates.isEmpty()) {
                break;
            }
        }
        return candidates;
    }

    private BitSet libraries(String trigram) {
        BitSet ready = common.get(trigram);
        if (ready != null) {
            return ready;
        }
        int[] positions = rare.getOrDefault(trigram, NONE);
        BitSet these = new BitSet(positions.length == 0 ? 0 : positions[positions.length - 1] + 1);
        for (int position : positions) {
            these.set(position);
        }
        return these;
    }

    private static final int[] NONE = {};
}
