package uk.cmlnetwork.shared;

/** A rule of the network was broken; the message is written for the member who broke it. */
public class DomainException extends RuntimeException {
    public DomainException(String message) {
        super(message);
    }
}
