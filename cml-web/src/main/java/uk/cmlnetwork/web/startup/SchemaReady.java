package uk.cmlnetwork.web.startup;

/**
 * Fired once the application's start has brought the database schema up to date: the background work starts
 * then, not before (its first look at the outbox, before the tables existed, broke its connection on WildFly).
 */
public record SchemaReady() {
}
