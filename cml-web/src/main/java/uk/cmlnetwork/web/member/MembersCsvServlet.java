package uk.cmlnetwork.web.member;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberSearch;
import uk.cmlnetwork.web.page.Downloads;
import uk.cmlnetwork.web.page.SpreadsheetCsv;

/**
 * The member list as CSV for coordinators, with each member's consents and when they gave them.
 * {@code ?newsletter=yes} keeps only those who agreed to receive the newsletter.
 */
@WebServlet("/coordinator/members.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = "COORDINATOR"))
public class MembersCsvServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MembersAdminFacade admin;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean newsletterOnly = "yes".equals(request.getParameter("newsletter"));
        Downloads.prepare(response, "text/csv", "cml-network-members.csv");
        try (SpreadsheetCsv csv = new SpreadsheetCsv(response.getWriter(),
                "name", "email", "category", "organisation", "region", "status", "joined",
                "newsletter_consent", "newsletter_consent_at", "directory_consent", "directory_consent_at")) {
            for (Member m : admin.search(MemberSearch.everyone())) {
                if (newsletterOnly && !m.newsletterConsent().isGiven()) {
                    continue;
                }
                csv.row(m.name(), m.email(), m.category().name(), m.organisation(),
                        m.region() == null ? "" : m.region().label(), m.status().name(), m.joinedAt(),
                        m.newsletterConsent().isGiven(), m.newsletterConsent().recordedAt(),
                        m.directoryConsent().isGiven(), m.directoryConsent().recordedAt());
            }
        }
    }
}
