package uk.cmlnetwork.web.mail;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs something once the current transaction has committed (not at all if it rolls back). */
public final class AfterCommit {
    private AfterCommit() {
    }

    /** Runs the action once per key and transaction, however often it is asked for. */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        run(transactions, action);
    }

    /** Gathers the items the transaction makes under this key, and hands them over together once it has committed. */
    public static <T> void gather(TransactionSynchronizationRegistry transactions, Object key, T item,
                                  Consumer<List<T>> handOver) {
        @SuppressWarnings("unchecked")
        List<T> gathered = (List<T>) transactions.getResource(key);
        if (gathered == null) {
            List<T> items = new ArrayList<>();
            transactions.putResource(key, items);
            run(transactions, () -> handOver.accept(items));
            gathered = items;
        }
        gathered.add(item);
    }

    private static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
