package uk.cmlnetwork.embedded;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Following and news against a real PostgreSQL (when CML_TEST_POSTGRES_URL is set, as in CI). */
@EnabledIfEnvironmentVariable(named = "CML_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
@ResourceLock(TestDatabase.POSTGRES)
class PostgresFollowAndHearTest extends FollowAndHearContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
