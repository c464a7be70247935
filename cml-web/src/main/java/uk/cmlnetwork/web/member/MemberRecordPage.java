package uk.cmlnetwork.web.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;
import uk.cmlnetwork.web.security.EmailLimits;

/**
 * A member's record for coordinators (coordinator/member.xhtml?id=): details, consents with their dates
 * and wording, roles, bookings and posts; suspending with a reason, reinstating, a new confirmation link.
 */
@Named
@RequestScoped
public class MemberRecordPage {
    @Inject
    MembersAdminFacade admin;

    @Inject
    EmailLimits emailLimits;

    @Inject
    ForNextPage forNextPage;

    private String id;
    private String reason;
    private MembersAdminFacade.MemberRecord record;

    public void load() {
        if (getRecord() == null) {
            Pages.notFound();
        }
    }

    /** The member's record; the forms carry the id in a plain field, as the page is built before view parameters are set. */
    public MembersAdminFacade.MemberRecord getRecord() {
        if (id == null) {
            id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        }
        if (record == null && id != null && !id.isBlank()) {
            try {
                record = admin.record(new MemberId(id));
            } catch (NotFound unknown) {
                return null;
            }
        }
        return record;
    }

    public String suspend() {
        return Pages.attempt(Map.of("reason", "suspend:reason"), () -> {
            admin.suspend(new MemberId(id), reason);
            return done("Suspended: " + getRecord().member().name() + " has been emailed why");
        });
    }

    public String reinstate() {
        return Pages.attempt(Map.of(), () -> {
            admin.reinstate(new MemberId(id));
            return done("Reinstated: " + getRecord().member().name() + " can sign in again and has been emailed");
        });
    }

    public String resendConfirmation() {
        return Pages.attempt(Map.of(), () -> {
            emailLimits.checkThisRequest(getRecord().member().email());
            admin.resendConfirmation(new MemberId(id));
            return done("A new confirmation link has been emailed to " + getRecord().member().email());
        });
    }

    private String done(String notice) {
        forNextPage.notice(notice);
        return "/coordinator/member?faces-redirect=true&id=" + id;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
