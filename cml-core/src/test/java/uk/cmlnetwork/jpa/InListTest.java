package uk.cmlnetwork.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListTest {
    @Test
    void padsToTheNextPowerOfTwoByRepeatingTheLastValue() {
        assertEquals(List.of("a", "b", "c", "c"), InList.padded(List.of("a", "b", "c")));
        assertEquals(List.of("a", "b"), InList.padded(List.of("a", "b")));
        assertEquals(List.of("a"), InList.padded(List.of("a")));
        assertEquals(List.of(), InList.padded(List.of()));
    }

    @Test
    void aBatchOfOneToFiftyNeedsSevenLengthsAndKeepsEveryValue() {
        Set<Integer> lengths = IntStream.rangeClosed(1, 50).mapToObj(n -> {
            List<Integer> values = IntStream.range(0, n).boxed().toList();
            List<Integer> padded = InList.padded(values);
            assertEquals(Set.copyOf(values), Set.copyOf(padded));
            return padded.size();
        }).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 4, 8, 16, 32, 64), lengths);
    }
}
