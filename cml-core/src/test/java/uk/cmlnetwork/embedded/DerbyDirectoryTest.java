package uk.cmlnetwork.embedded;

/** The library directory over in-memory Derby. */
class DerbyDirectoryTest extends DirectoryContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("directory-test");
    }
}
