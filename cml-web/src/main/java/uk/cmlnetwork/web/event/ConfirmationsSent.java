package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.cmlnetwork.event.BookingConfirmations;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.web.mail.SentRecord;

/** Records new bookings' confirmation emails sent, once the mail server has accepted them. */
@ApplicationScoped
public class ConfirmationsSent implements SentRecord {
    @Inject
    BookingConfirmations confirmations;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(List<String> ids) {
        confirmations.sent(ids.stream().map(BookingId::new).toList());
    }
}
