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
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        SavedTogether<String, String> queue = new SavedTogether<>(50, this::together, request -> {
            if (request.equals("first")) {
                firstHeld.countDown();
                await(releaseFirst);
            }
            return alone(request);
        });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.save("first"), threads);
        assertTrue(firstHeld.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (String request : List.of("b", "c", "d")) {
            later.add(CompletableFuture.supplyAsync(() -> queue.save(request), threads));
            waitUntil(() -> queue.waiting() == later.size());
        }
        releaseFirst.countDown();
        assertEquals("saved first", first.get(10, TimeUnit.SECONDS));
        assertEquals(List.of("saved b", "saved c", "saved d"),
                List.of(later.get(0).get(10, TimeUnit.SECONDS), later.get(1).get(), later.get(2).get()));
        assertEquals(List.of(List.of("b", "c", "d")), groupsSaved);
        assertEquals(List.of("first"), savedAlone);
    }

    @Test
    void noGroupIsLargerThanTheMost() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        SavedTogether<String, String> queue = new SavedTogether<>(2, this::together, request -> {
            if (request.equals("first")) {
                firstHeld.countDown();
                await(releaseFirst);
            }
            return alone(request);
        });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.save("first"), threads);
        assertTrue(firstHeld.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (String request : List.of("b", "c", "d", "e", "f")) {
            later.add(CompletableFuture.supplyAsync(() -> queue.save(request), threads));
            waitUntil(() -> queue.waiting() == later.size());
        }
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<String> each : later) {
            each.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(List.of("b", "c"), List.of("d", "e")), groupsSaved);
        assertEquals(List.of("first", "f"), savedAlone);
    }

    @Test
    void whenAGroupFailsEachIsSavedOnItsOwnAndOnlyTheRefusedOneGetsTheRefusal() throws Exception {
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        IllegalArgumentException refusal = new IllegalArgumentException("bad is refused");
        SavedTogether<String, String> queue = new SavedTogether<>(50, group -> {
            together(group);
            if (group.contains("bad")) {
                throw refusal;
            }
            return group.stream().map(r -> "saved " + r).toList();
        }, request -> {
            if (request.equals("first")) {
                firstHeld.countDown();
                await(releaseFirst);
            }
            if (request.equals("bad")) {
                throw refusal;
            }
            return alone(request);
        });
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> queue.save("first"), threads);
        assertTrue(firstHeld.await(10, TimeUnit.SECONDS));
        List<CompletableFuture<String>> later = new ArrayList<>();
        for (String request : List.of("b", "bad", "d")) {
            later.add(CompletableFuture.supplyAsync(() -> queue.save(request), threads));
            waitUntil(() -> queue.waiting() == later.size());
        }
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals("saved b", later.get(0).get(10, TimeUnit.SECONDS));
        Exception failed = assertThrows(Exception.class, () -> later.get(1).get(10, TimeUnit.SECONDS));
        assertSame(refusal, failed.getCause());
        assertEquals("saved d", later.get(2).get(10, TimeUnit.SECONDS));
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

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(2);
        }
    }
}
