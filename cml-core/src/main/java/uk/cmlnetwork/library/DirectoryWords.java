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
    private static final int[] NONE = {};

    private final Map<String, int[]> positionsByTrigram;

    DirectoryWords(List<DirectoryEntry> entries) {
        Map<String, BitSet> found = new HashMap<>();
        for (DirectoryEntry entry : entries) {
            String text = entry.text();
            for (int i = 0; i + 3 <= text.length(); i++) {
                found.computeIfAbsent(text.substring(i, i + 3), t -> new BitSet()).set(entry.position());
            }
        }
        Map<String, int[]> positions = new HashMap<>(found.size() * 2);
        found.forEach((trigram, where) -> positions.put(trigram, where.stream().toArray()));
        this.positionsByTrigram = positions;
    }

    /**
     * The positions of the libraries whose text has every three-letter piece of {@code words} (lower
     * case); a superset of those containing the words, so each must still be checked. Null when the
     * words are too short to look up.
     */
    BitSet candidates(String words) {
        if (words.length() < 3) {
            return null;
        }
        BitSet candidates = null;
        for (int i = 0; i + 3 <= words.length(); i++) {
            int[] positions = positionsByTrigram.getOrDefault(words.substring(i, i + 3), NONE);
            BitSet these = new BitSet();
            for (int position : positions) {
                these.set(position);
            }
            if (candidates == null) {
                candidates = these;
            } else {
                candidates.and(these);
            }
            if (candidates.isEmpty()) {
                break;
            }
        }
        return candidates;
    }
}
