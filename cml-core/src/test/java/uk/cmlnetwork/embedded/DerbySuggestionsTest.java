package uk.cmlnetwork.embedded;

/** The directory suggestions over in-memory Derby. */
class DerbySuggestionsTest extends SuggestionsContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("suggestions-test");
    }
}
