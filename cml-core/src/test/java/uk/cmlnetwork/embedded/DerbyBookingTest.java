package uk.cmlnetwork.embedded;

/** The booking rules over in-memory Derby. */
class DerbyBookingTest extends BookingContract {
    @Override
    TestDatabase database() {
        return TestDatabase.derbyInMemory("booking-test");
    }
}
