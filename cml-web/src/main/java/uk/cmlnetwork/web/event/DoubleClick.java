package uk.cmlnetwork.web.event;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.function.Supplier;

/**
 * A double click (or a retried request) can send two bookings for the same person at the same
 * moment: the database's one-booking-per-email constraint keeps one, the other's transaction rolls
 * back, and asking once more, in a new transaction, returns the one kept.
 */
public final class DoubleClick {
    private DoubleClick() {
    }

    public static <T> T bookOnce(Supplier<T> booking) {
        try {
            return booking.get();
        } catch (PersistenceException | TransactionalException clash) {
            return booking.get();
        }
    }
}
