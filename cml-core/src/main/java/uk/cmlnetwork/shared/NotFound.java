package uk.cmlnetwork.shared;

/** Something asked for by its id does not exist (a page shows this as 404). */
public class NotFound extends DomainException {
    public NotFound(String what, String id) {
        super("There is no " + what + " with the reference " + id);
    }
}
