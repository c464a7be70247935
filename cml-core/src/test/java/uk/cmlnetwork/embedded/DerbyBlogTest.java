package uk.cmlnetwork.embedded;

/** Guest posts over in-memory Derby. */
class DerbyBlogTest extends BlogContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("blog-test");
    }
}
