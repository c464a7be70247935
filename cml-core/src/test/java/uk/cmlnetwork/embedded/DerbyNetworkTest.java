package uk.cmlnetwork.embedded;

/** The core over in-memory Derby, the database that needs nothing installed. */
class DerbyNetworkTest extends NetworkContract {
    @Override
    String jdbcUrl() {
        return "jdbc:derby:memory:network-test;create=true";
    }
}
