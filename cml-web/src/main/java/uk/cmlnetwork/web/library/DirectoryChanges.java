package uk.cmlnetwork.web.library;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import uk.cmlnetwork.library.DirectoryCopy;

/**
 * Tells the directory's in-memory copy that this server has changed the directory, once the change
 * has committed, so the next search here shows it at once (other servers see it within a second).
 */
@ApplicationScoped
public class DirectoryChanges {
    private static final Object KEY = new Object();

    @Inject
    DirectoryCopy copy;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Called inside the transaction that changes a library; once per transaction, however often. */
    public void changing() {
        if (transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    copy.recheckNow();
                }
            }
        });
    }
}
