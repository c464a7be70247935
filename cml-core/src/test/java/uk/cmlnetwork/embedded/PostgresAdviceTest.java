package uk.cmlnetwork.embedded;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Ask the network against a real PostgreSQL (when CML_TEST_POSTGRES_URL is set, as in CI). */
@EnabledIfEnvironmentVariable(named = "CML_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@ResourceLock(TestDatabase.POSTGRES)
class PostgresAdviceTest extends AdviceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
