package uk.cmlnetwork.embedded;

/** The core over in-memory Derby, the database that needs nothing installed. */
class DerbyNetworkTest extends NetworkContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("network-test");
    }
}
