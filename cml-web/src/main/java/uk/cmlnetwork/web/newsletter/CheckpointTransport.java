package uk.cmlnetwork.web.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * An SMTP connection that records each message as sent around the final "." that tells the mail
 * server the message is complete: once the content is written it asks the {@link Checkpoint} to
 * record the copy (a copy no longer this sender's is abandoned there), and the moment the "." has
 * left it asks it to make the record final, before waiting for the server's answer. A sender killed
 * before the "." leaves only a half-sent message, which the mail server drops when the connection
 * breaks, and no final record, so the copy can safely go again; killed after the record is final,
 * the copy never goes again. What remains is the instant between the "." and the commit leaving
 * (see {@code JdbcSentCopies}).
 */
final class CheckpointTransport extends SMTPTransport {
    /** What the sender does around the end of each message. */
    interface Checkpoint {
        /** Records the copy as sent; false when it is no longer this sender's to send. */
        boolean record();

        /** Makes the record final: called as soon as the final "." has been sent. */
        void makeFinal() throws MessagingException;
    }

    private static final Checkpoint NONE = new Checkpoint() {
        @Override
        public boolean record() {
            return true;
        }

        @Override
        public void makeFinal() {
            // nothing recorded
        }
    };

    private Checkpoint checkpoint = NONE;
    private boolean finishing;

    CheckpointTransport(Session session, URLName server) {
        super(session, server);
    }

    /** What to do around the end of the next message. */
    void checkpoint(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        if (!checkpoint.record()) {
            throw new Abandoned();
        }
        finishing = true;
        try {
            super.finishData(); // sends "." (below), then reads the server's answer
        } finally {
            finishing = false;
        }
    }

    @Override
    protected void sendCommand(String command) throws MessagingException {
        super.sendCommand(command);
        if (finishing && ".".equals(command)) {
            finishing = false;
            checkpoint.makeFinal();
        }
    }

    /** The copy is no longer this sender's to send; the connection must be closed, not reused. */
    static final class Abandoned extends MessagingException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("the copy was not completed: it is no longer this sender's to send");
        }
    }
}
