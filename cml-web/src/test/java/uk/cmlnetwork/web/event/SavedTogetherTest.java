package uk.cmlnetwork.web.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedTogetherTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<List<String>> groupsSaved = new CopyOnWriteArrayList<>();
    private final List<String> savedAlone = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aRequestThatArrivesWhenNothingIsBeingSavedIsSavedAtOnceAlone() {
        SavedTogether<String, String> queue = new SavedTogether<>(50, this::together, this::alone);
        assertEquals("saved a", queue.save("a"));
        assertEquals(List.of("a"), savedAlone);
        assertTrue(groupsSaved.isEmpty());
    }

    @Test
    void requestsThatArriveWhileAGroupIsBeingSavedAreSavedTogetherInTheOrderTheyCame() throws Exception {
        HeldFirst held = new HeldFirst();
        SavedTogether<String, String> queue = new SavedTogether<>(50, this::together, held.alone(this::alone));
        List<CompletableFuture<String>> answers = held.queueBehindFirst(queue, List.of("b", "c", "d"));
        assertEquals(List.of("saved first", "saved b", "saved c", "saved d"), answersOf(answers));
        assertEquals(List.of(List.of("b", "c", "d")), groupsSaved);
        assertEquals(List.of("first"), savedAlone);
    }

    @Test
    void noGroupIsLargerThanTheMost() throws Exception {
        HeldFirst held = new HeldFirst();
        SavedTogether<String, String> queue = new SavedTogether<>(2, this::together, held.alone(this::alone));
        answersOf(held.queueBehindFirst(queue, List.of("b", "c", "d", "e", "f")));
        assertEquals(List.of(List.of("b", "c"), List.of("d", "e")), groupsSaved);
        assertEquals(List.of("first", "f"), savedAlone);
    }

    @Test
    void whenAGroupFailsEachIsSavedOnItsOwnAndOnlyTheRefusedOneGetsTheRefusal() throws Exception {
        IllegalArgumentException refusal = new IllegalArgumentException("bad is refused");
        HeldFirst held = new HeldFirst();
        SavedTogether<String, String> queue = new SavedTogether<>(50, group -> {
            together(group);
            if (group.contains("bad")) {
                throw refusal;
            }
            return group.stream().map(r -> "saved " + r).toList();
        }, held.alone(request -> {
            if (request.equals("bad")) {
                throw refusal;
            }
            return alone(request);
        }));
        List<CompletableFuture<String>> answers = held.queueBehindFirst(queue, List.of("b", "bad", "d"));
        assertEquals("saved b", answers.get(1).get(10, TimeUnit.SECONDS));
        Exception failed = assertThrows(Exception.class, () -> answers.get(2).get(10, TimeUnit.SECONDS));
        assertSame(refusal, failed.getCause());
        assertEquals("saved d", answers.get(3).get(10, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("b", "bad", "d")), groupsSaved);
        assertEquals(List.of("first", "b", "d"), savedAlone, "each saved on its own after the group failed");
    }

    @Test
    void underARushEveryRequestIsSavedExactlyOnceAndAnsweredWithItsOwnAnswer() throws Exception {
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        ConcurrentHashMap<String, Integer> timesSaved = new ConcurrentHashMap<>();
        SavedTogether<String, String> queue = new SavedTogether<>(7, group -> {
            if (inProgress.incrementAndGet() > 1) {
                overlapping.incrementAndGet();
            }
            group.forEach(r -> timesSaved.merge(r, 1, Integer::sum));
            pause();
            inProgress.decrementAndGet();
            groupsSaved.add(group);
            return group.stream().map(r -> "saved " + r).toList();
        }, request -> {
            if (inProgress.incrementAndGet() > 1) {
                overlapping.incrementAndGet();
            }
            timesSaved.merge(request, 1, Integer::sum);
            pause();
            inProgress.decrementAndGet();
            return "saved " + request;
        });
        ExecutorService rush = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                String request = "r" + i;
                answers.add(CompletableFuture.supplyAsync(() -> queue.save(request), rush));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals("saved r" + i, answers.get(i).get(30, TimeUnit.SECONDS));
            }
        } finally {
            rush.shutdownNow();
        }
        assertEquals(2000, timesSaved.size());
        assertTrue(timesSaved.values().stream().allMatch(n -> n == 1), "each saved once");
        assertEquals(0, overlapping.get(), "one group saved at a time");
        assertTrue(groupsSaved.stream().anyMatch(g -> g.size() > 1), "a rush forms groups");
        assertTrue(groupsSaved.stream().allMatch(g -> g.size() <= 7));
        assertEquals(0, queue.waiting());
    }

    /**
     * Holds the request "first" while it is being saved alone, so that the requests after it queue up
     * behind it one by one, in a known order; then lets it go.
     */
    private final class HeldFirst {
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);

        Function<String, String> alone(Function<String, String> saving) {
            return request -> {
                if (request.equals("first")) {
                    held.countDown();
                    await(release);
                }
                return saving.apply(request);
            };
        }

        /** The answers: the first request's, then the others' in order. */
        List<CompletableFuture<String>> queueBehindFirst(SavedTogether<String, String> queue, List<String> requests)
                throws InterruptedException {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            answers.add(CompletableFuture.supplyAsync(() -> queue.save("first"), threads));
            assertTrue(held.await(10, TimeUnit.SECONDS));
            for (String request : requests) {
                answers.add(CompletableFuture.supplyAsync(() -> queue.save(request), threads));
                int queued = answers.size() - 1;
                waitUntil(() -> queue.waiting() == queued);
            }
            release.countDown();
            return answers;
        }
    }

    private static List<String> answersOf(List<CompletableFuture<String>> answers) throws Exception {
        List<String> all = new ArrayList<>();
        for (CompletableFuture<String> each : answers) {
            all.add(each.get(10, TimeUnit.SECONDS));
        }
        return all;
    }

    private List<String> together(List<String> group) {
        groupsSaved.add(List.copyOf(group));
        return group.stream().map(r -> "saved " + r).toList();
    }

    private String alone(String request) {
        savedAlone.add(request);
        return "saved " + request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(2);
        }
    }
}
