package uk.cmlnetwork.embedded;

/** Following and news over in-memory Derby. */
class DerbyFollowAndHearTest extends FollowAndHearContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("follow-test");
    }
}
