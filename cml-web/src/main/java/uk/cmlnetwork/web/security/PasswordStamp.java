package uk.cmlnetwork.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;
import uk.cmlnetwork.member.Member;

/**
 * Which password a signed-in session began under ({@link Member#passwordStamp()}), kept in the session:
 * when the member's password changes or is reset, every session with the old stamp is signed out on its
 * next request ({@link AccountStillActiveFilter}), on whichever server holds it, since the stamp is
 * compared with the database each time. The session that changed the password keeps going.
 */
public final class PasswordStamp {
    private static final String KEY = "cml.passwordStamp";

    private PasswordStamp() {
    }

    /** True if the session began under the member's current password (a session without a stamp gets one). */
    static boolean isCurrent(HttpSession session, Member member) {
        Object stamp = session.getAttribute(KEY);
        if (stamp == null) {
            session.setAttribute(KEY, member.passwordStamp()); // the first request after signing in
            return true;
        }
        return stamp.equals(member.passwordStamp());
    }

    /** After this session changed the member's password: it stays signed in, the others do not. */
    public static void keepThisSession(Member member) {
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(KEY, member.passwordStamp());
    }
}
