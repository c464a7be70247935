package uk.cmlnetwork.embedded;

/** Where a contract test runs: in-memory Derby, or the PostgreSQL named by CML_TEST_POSTGRES_URL. */
record TestDatabase(String url, String user, String password) {
    /** The lock the PostgreSQL test classes hold: they share one database, so they run one at a time. */
    static final String POSTGRES = "the PostgreSQL test database";

    static TestDatabase derbyInMemory(String name) {
        return new TestDatabase("jdbc:derby:memory:" + name + ";create=true", null, null);
    }

    /** The PostgreSQL that .ci/start-postgres prepares (user and password "cml" unless set otherwise). */
    static TestDatabase postgres() {
        return new TestDatabase(System.getenv("CML_TEST_POSTGRES_URL"),
                System.getenv().getOrDefault("CML_TEST_POSTGRES_USER", "cml"),
                System.getenv().getOrDefault("CML_TEST_POSTGRES_PASSWORD", "cml"));
    }
}
