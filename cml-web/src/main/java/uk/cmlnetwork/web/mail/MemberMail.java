package uk.cmlnetwork.web.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.cmlnetwork.mail.Letter;
import uk.cmlnetwork.mail.MailOutbox;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.web.setup.Settings;

/** The emails members get about their account, posted to the outbox with the change they report. */
@ApplicationScoped
public class MemberMail {
    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @Inject
    MembershipService membership;

    public void confirmEmail(Member member, String token) {
        send(member, "Confirm your email address for CML Network",
                "Hello " + member.name() + ",\n\n"
                        + "Thank you for joining CML Network. Confirm your email address by opening this link "
                        + "within 48 hours:\n\n" + link("confirm-email.xhtml", token) + "\n\n"
                        + "If you did not join, ignore this email and nothing more will happen.\n");
    }

    /** Someone tried to join with the address of this member: only its owner learns that, by email. */
    public void alreadyAMember(Member member) {
        send(member, "You are already a member of CML Network",
                "Hello " + member.name() + ",\n\n"
                        + "Someone tried to join CML Network with this email address, which is already yours. "
                        + "If it was you, sign in at " + settings.siteUrl() + "sign-in.xhtml, or choose a new password "
                        + "at " + settings.siteUrl() + "forgot-password.xhtml if you have forgotten it.\n\n"
                        + "If it was not you, ignore this email: nothing has changed.\n");
    }

    /** The link that makes the new address the member's, sent to the new address. */
    public void confirmNewEmail(Member member, String newEmail, String token) {
        outbox.queue(new Letter("account", newEmail, member.name(), "Confirm your new email address for CML Network",
                "Hello " + member.name() + ",\n\n"
                        + "You asked to use this address for your CML Network account. Confirm it by opening this link "
                        + "within 48 hours:\n\n" + link("confirm-email-change.xhtml", token) + "\n\n"
                        + "Until then your account keeps its old address. If you did not ask, ignore this email.\n"));
    }

    /** The old address is told it is no longer the account's, in case someone else changed it. */
    public void emailChanged(String oldEmail, Member member) {
        outbox.queue(new Letter("account", oldEmail, member.name(), "Your CML Network email address has changed",
                "Hello " + member.name() + ",\n\n"
                        + "The email address of your CML Network account is now " + member.email() + ". We will not "
                        + "write to this address again.\n\nIf you did not change it, write to " + settings.firstCoordinatorEmail()
                        + " at once.\n"));
    }

    public void resetPassword(Member member, String token) {
        send(member, "Reset your CML Network password",
                "Hello " + member.name() + ",\n\n"
                        + "Someone asked to reset the password of your CML Network account. If it was you, "
                        + "choose a new password by opening this link within an hour:\n\n"
                        + link("reset-password.xhtml", token) + "\n\n"
                        + "If it was not you, ignore this email: your password has not changed.\n");
    }

    /** Emails a member about something that happened (a review decision...); nothing if they erased their account. */
    public void tell(String memberId, String kind, String subject, String text) {
        if (memberId == null) {
            return;
        }
        Member member = membership.find(new MemberId(memberId));
        outbox.queue(new Letter(kind, member.email(), member.name(), subject, "Hello " + member.name() + ",\n\n" + text));
    }

    private String link(String page, String token) {
        return settings.siteUrl() + page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(Member member, String subject, String text) {
        outbox.queue(new Letter("account", member.email(), member.name(), subject, text));
    }
}
