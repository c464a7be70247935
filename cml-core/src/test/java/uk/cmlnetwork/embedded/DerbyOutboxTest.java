package uk.cmlnetwork.embedded;

/** The mail outbox over in-memory Derby. */
class DerbyOutboxTest extends OutboxContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("outbox-test");
    }
}
