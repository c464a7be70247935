package uk.cmlnetwork.web.security;

/** The caller may not do this: every page and resource answers it with 403 (see PageExceptionHandler). */
public class NotAllowed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotAllowed() {
        super("Only coordinators can do this");
    }
}
