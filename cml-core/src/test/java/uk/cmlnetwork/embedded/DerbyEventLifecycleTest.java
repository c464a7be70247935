package uk.cmlnetwork.embedded;

/** The event lifecycle over in-memory Derby. */
class DerbyEventLifecycleTest extends EventLifecycleContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("lifecycle-test");
    }
}
