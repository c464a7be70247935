package uk.cmlnetwork.embedded;

/** Ask the network over in-memory Derby. */
class DerbyAdviceTest extends AdviceContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("advice-test");
    }
}
