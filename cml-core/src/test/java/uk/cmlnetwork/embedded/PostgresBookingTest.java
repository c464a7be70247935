package uk.cmlnetwork.embedded;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The booking rules against a real PostgreSQL. They run when CML_TEST_POSTGRES_URL is set (.ci/run
 * starts a local PostgreSQL and sets it; the README says how to run them on your own machine).
 */
@EnabledIfEnvironmentVariable(named = "CML_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@ResourceLock(TestDatabase.POSTGRES)
class PostgresBookingTest extends BookingContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
