package uk.cmlnetwork.embedded;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The resources library against a real PostgreSQL (when CML_TEST_POSTGRES_URL is set, as in CI). */
@EnabledIfEnvironmentVariable(named = "CML_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PostgresResourcesTest extends ResourcesContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
