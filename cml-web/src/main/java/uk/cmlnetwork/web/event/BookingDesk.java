package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.cmlnetwork.web.security.BearerKeys;
import uk.cmlnetwork.web.setup.Settings;

/** Recognises the booking desk's key (cml.booking.desk.key) in an Authorization header. */
@ApplicationScoped
public class BookingDesk {
    @Inject
    Settings settings;

    @Inject
    BearerKeys keys;

    public boolean isBookingDesk(String authorization) {
        return keys.matches(authorization, settings.bookingDeskKey());
    }
}
