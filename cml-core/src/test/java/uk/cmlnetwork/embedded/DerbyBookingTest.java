package uk.cmlnetwork.embedded;

/** The booking rules over in-memory Derby. */
class DerbyBookingTest extends BookingContract {
    @Override
    String jdbcUrl() {
        return "jdbc:derby:memory:booking-test;create=true";
    }
}
