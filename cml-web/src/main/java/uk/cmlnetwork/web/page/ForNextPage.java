package uk.cmlnetwork.web.page;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a page hands to the page it redirects to after a form is sent (post, redirect, get): the
 * success banner, or the email address a booking went to.
 *
 * <p>Why not the Faces flash: MyFaces writes the flash's messages (and the values put in it
 * while the form is being handled) into the session only after the redirect has gone to the
 * browser, so a quick browser could open the next page before they were there and the banner was
 * lost (seen once in CI). Values here are in the session before the action method returns.
 */
@SessionScoped
public class ForNextPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The key of the success banner's text. */
    public static final String NOTICE = "notice";

    private final HashMap<String, Serializable> waiting = new HashMap<>();

    /** Hands a value to the next page, which reads it as {@code #{fromLastPage.values.key}}. */
    public synchronized void put(String key, Serializable value) {
        waiting.put(key, value);
    }

    /** Good news for the next page's success banner, e.g. "the profile is saved". */
    public void notice(String text) {
        put(NOTICE, text);
    }

    /** Everything handed on so far; the next page takes it, so it is shown once. */
    public synchronized Map<String, Serializable> takeAll() {
        Map<String, Serializable> taken = Map.copyOf(waiting);
        waiting.clear();
        return taken;
    }
}
