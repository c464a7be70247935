package uk.cmlnetwork.web.member;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.event.BookingId;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.member.UpdateProfile;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.web.event.EventsFacade;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.PasswordStamp;

/** "Your account": details and consents, password, bookings, your data, leaving the network. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "profile:name", "email", "profile:email",
            "category", "profile:category", "organisation", "profile:organisation",
            "unlistedLibrary", "profile:unlistedLibrary");

    @Inject
    MembersFacade members;

    @Inject
    CurrentMember current;

    @Inject
    EventsFacade events;

    @Inject
    uk.cmlnetwork.web.setup.Settings settings;

    @Inject
    uk.cmlnetwork.web.security.EmailLimits emailLimits;

    /** The member's id (its text: the page is kept in the session, which may be written to the database). */
    private String memberId;
    private ProfileForm form;
    private String currentPassword;
    private String newPassword;
    private String newEmail;
    private String emailPassword;
    private boolean understood;

    @PostConstruct
    void load() {
        memberId = current.id().value();
        form = ProfileForm.of(members.find(id()));
    }

    public String save() {
        return Pages.attempt(FIELDS, () -> {
            members.updateProfile(id(), new UpdateProfile(form.details(), form.isNewsletter(), form.isDirectory(),
                    form.listing()));
            Pages.showInfo("Your details have been saved");
            return null;
        });
    }

    public String changePassword() {
        Pages.attempt(Map.of("currentPassword", "password:current", "newPassword", "password:new"), () -> {
            PasswordStamp.keepThisSession(members.changePassword(id(), currentPassword, newPassword));
            Pages.showInfo("Your password has been changed");
            return null;
        });
        currentPassword = null; // never shown again
        newPassword = null;
        return null;
    }

    public String cancelBooking(String bookingId) {
        return Pages.attempt(Map.of(), () -> {
            events.cancelOwn(new BookingId(bookingId));
            Pages.showInfo("Your booking has been cancelled");
            return null;
        });
    }

    /** Asks to use a new address: a link goes to it (each asking counts against the emails an address may get). */
    public String changeEmail() {
        Pages.attempt(Map.of("newEmail", "email:newEmail", "password", "email:emailPassword", "email", "email:newEmail"), () -> {
            emailLimits.checkThisRequest(newEmail);
            members.requestEmailChange(id(), new uk.cmlnetwork.member.ChangeEmail(newEmail, emailPassword));
            Pages.showInfo("We have sent a link to " + newEmail.strip() + ". Your address changes when you open it");
            newEmail = null;
            return null;
        });
        emailPassword = null; // never shown again
        return null;
    }

    /** Makes the member's calendar address, or a new one if it leaked (the old one stops working). */
    public String renewCalendarAddress() {
        boolean had = getMember().calendarKey() != null;
        members.renewCalendarKey(id());
        Pages.showInfo(had ? "You have a new calendar address: the old one no longer works"
                : "Your calendar address is ready: add it to your calendar app");
        return null;
    }

    /** The member's secret calendar address, or null until they make one. */
    public String getCalendarAddress() {
        String key = getMember().calendarKey();
        return key == null ? null : settings.siteUrl() + "calendar/" + key + ".ics";
    }

    public String resendConfirmation() {
        members.sendNewConfirmationLink(id());
        Pages.showInfo("We have sent you a new confirmation link");
        return null;
    }

    public void deleteAccount() throws IOException, ServletException {
        if (!understood) {
            Pages.showProblems(InvalidInput.of("understood",
                    "Tick the box to say you understand that deleting your account cannot be undone"),
                    Map.of("understood", "delete:understood"));
            return;
        }
        members.deleteAccount(id());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/account-deleted.xhtml");
    }

    public Member getMember() {
        return members.find(id());
    }

    public List<MyBooking> getBookings() {
        return members.myBookings(id());
    }

    public ProfileForm getForm() { return form; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getEmailPassword() { return emailPassword; }
    public void setEmailPassword(String emailPassword) { this.emailPassword = emailPassword; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public boolean isUnderstood() { return understood; }
    public void setUnderstood(boolean understood) { this.understood = understood; }

    private MemberId id() {
        return new MemberId(memberId);
    }
}
