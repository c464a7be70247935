package uk.cmlnetwork.embedded;

/** The newsletter over in-memory Derby. */
class DerbyNewsletterTest extends NewsletterContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("newsletter-test");
    }
}
