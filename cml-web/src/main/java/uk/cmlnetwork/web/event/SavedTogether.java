package uk.cmlnetwork.web.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Requests that arrive while others are being saved wait their turn, then are saved together, in one
 * transaction (what databases call a group commit). In a rush this spares most of a transaction's fixed
 * cost per request: the commit and its flush to disk, the transaction manager's work, and one round trip
 * per row inserted (they go in one batch). A request that arrives when nothing is being saved is saved at
 * once, alone, as before, so nothing waits for company. The thread of the first request waiting does
 * the work for its group: no thread is added, and one group is saved at a time.
 *
 * <p>If a group's transaction fails (a request is refused, or two in it clash), nothing of it was saved,
 * and each request is made again on its own, so each gets its own answer.
 */
final class SavedTogether<T, R> {
    private final int most;
    private final Function<List<T>, List<R>> together;
    private final Function<T, R> alone;
    private final ArrayDeque<Waiting<T, R>> queue = new ArrayDeque<>();
    private boolean saving;

    /**
     * @param most     the largest group
     * @param together saves the requests in one transaction and answers them in order, or throws
     * @param alone    saves one request in its own transaction
     */
    SavedTogether(int most, Function<List<T>, List<R>> together, Function<T, R> alone) {
        this.most = most;
        this.together = together;
        this.alone = alone;
    }

    /** Saves the request, with any others waiting at the time, and returns its answer (or throws its failure). */
    R save(T request) {
        Waiting<T, R> mine = new Waiting<>(request);
        boolean first;
        synchronized (this) {
            queue.add(mine);
            first = !saving;
            saving = true;
        }
        if (first || mine.awaitTurn()) {
            saveGroup();
        }
        return mine.answer();
    }

    /** How many requests wait for their group to be saved (for tests). */
    synchronized int waiting() {
        return queue.size();
    }

    /** Saves the requests now waiting (this one first among them), then hands the turn to the next one waiting. */
    private void saveGroup() {
        List<Waiting<T, R>> group = new ArrayList<>();
        synchronized (this) {
            while (!queue.isEmpty() && group.size() < most) {
                group.add(queue.poll());
            }
        }
        try {
            saveAll(group);
        } finally {
            Waiting<T, R> next;
            synchronized (this) {
                next = queue.peek();
                saving = next != null;
            }
            group.forEach(Waiting::done);
            if (next != null) {
                next.yourTurn();
            }
        }
    }

    private void saveAll(List<Waiting<T, R>> group) {
        if (group.size() > 1) {
            try {
                List<R> answers = together.apply(group.stream().map(w -> w.request).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).answer = answers.get(i);
                }
                return;
            } catch (RuntimeException notAll) {
                // nothing of the group was saved: each on its own, below, to give each its own answer
            }
        }
        for (Waiting<T, R> each : group) {
            try {
                each.answer = alone.apply(each.request);
            } catch (RuntimeException refused) {
                each.failure = refused;
            }
        }
    }

    /** A request in the queue, answered by whichever thread saves its group. */
    private static final class Waiting<T, R> {
        private final T request;
        private R answer;
        private RuntimeException failure;
        private boolean done;
        private boolean turn;

        Waiting(T request) {
            this.request = request;
        }

        /** Waits until this request is answered (false) or it is its turn to save a group (true). */
        synchronized boolean awaitTurn() {
            boolean interrupted = false;
            // Not given up on interrupt: the request is in the queue and will be saved, so its answer is awaited.
            while (!done && !turn) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return !done;
        }

        synchronized void done() {
            if (answer == null && failure == null) {
                failure = new IllegalStateException("The booking could not be saved; try again");
            }
            done = true;
            notifyAll();
        }

        synchronized void yourTurn() {
            turn = true;
            notifyAll();
        }

        synchronized R answer() {
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
