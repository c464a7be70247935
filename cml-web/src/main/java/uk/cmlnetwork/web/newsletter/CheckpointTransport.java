package uk.cmlnetwork.web.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that asks, once a message's content is written but before the final "." that
 * tells the mail server the message is complete, whether to finish it: the newsletter sender
 * records the copy as sent at that moment. A sender killed before it has only a half-sent message,
 * which the mail server drops when the connection breaks, so the copy can safely go again; killed
 * after it, the copy is already recorded as sent and never goes again.
 */
final class CheckpointTransport extends SMTPTransport {
    private BooleanSupplier checkpoint = () -> true;

    CheckpointTransport(Session session, URLName server) {
        super(session, server);
    }

    /** What to ask before the next message is completed; false abandons it. */
    void beforeCompleting(BooleanSupplier checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        if (!checkpoint.getAsBoolean()) {
            throw new Abandoned();
        }
        super.finishData();
    }

    /** The copy is no longer this sender's to send; the connection must be closed, not reused. */
    static final class Abandoned extends MessagingException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the copy was not completed: it is no longer this sender's to send");
        }
    }
}
