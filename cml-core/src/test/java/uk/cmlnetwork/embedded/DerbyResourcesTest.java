package uk.cmlnetwork.embedded;

/** The resources library over in-memory Derby. */
class DerbyResourcesTest extends ResourcesContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("resources-test");
    }
}
