package uk.cmlnetwork.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three-letter-piece index: pieces in many libraries and in few give the same answers. */
class DirectoryWordsTest {
    private static final int LIBRARIES = 300;

    /** Every library's text has "community library"; every tenth is in Bristol; library 7 alone is in Lydney. */
    private final DirectoryWords words = new DirectoryWords(entries());

    private static List<DirectoryEntry> entries() {
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < LIBRARIES; i++) {
            String text = i == 7 ? "lydney community library"
                    : "community library " + (i % 10 == 0 ? "bristol" : "town" + i);
            entries.add(new DirectoryEntry(i, null, text, ManagementType.CRL, null, null, null, Set.of(), null));
        }
        return entries;
    }

    private static BitSet positions(int... positions) {
        BitSet set = new BitSet();
        for (int p : positions) {
            set.set(p);
        }
        return set;
    }

    @Test
    void aWordInEveryLibraryFindsThemAll() {
        BitSet all = new BitSet();
        all.set(0, LIBRARIES);
        assertEquals(all, words.candidates("library"));
    }

    @Test
    void aWordInSomeLibrariesFindsThoseOnly() {
        BitSet bristol = new BitSet();
        for (int i = 0; i < LIBRARIES; i += 10) {
            bristol.set(i);
        }
        assertEquals(bristol, words.candidates("bristol"));
        assertEquals(bristol, words.candidates("library bristol"), "common pieces and pieces of 30 libraries");
    }

    @Test
    void aWordInOneLibraryFindsIt() {
        assertEquals(positions(7), words.candidates("lydney"));
        assertEquals(positions(7), words.candidates("lydney community"), "a rare piece first, then common ones");
        assertTrue(words.candidates("library lydney").isEmpty(), "common pieces, then one no library has");
    }

    @Test
    void aPieceNoLibraryHasFindsNone() {
        assertTrue(words.candidates("library zzz").isEmpty());
        assertTrue(words.candidates("zzz library").isEmpty());
    }

    @Test
    void textTooShortToLookUpIsLeftToTheCaller() {
        assertNull(words.candidates("li"));
    }

    @Test
    void changingAnAnswerLeavesTheIndexAsItWas() {
        words.candidates("library").clear();
        assertEquals(LIBRARIES, words.candidates("library").cardinality());
    }
}
