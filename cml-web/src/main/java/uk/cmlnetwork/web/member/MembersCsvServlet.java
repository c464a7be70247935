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

    @Inject
    transient uk.cmlnetwork.web.page.LondonTime london;

    private String when(java.time.Instant instant) {
        return instant == null ? "" : london.dateAndTime(instant);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean newsletterOnly = "yes".equals(request.getParameter("newsletter"));
        Downloads.prepare(response, "text/csv", "cml-network-members.csv");
        // Words and dates a person reads (London time), as a coordinator opens it in a spreadsheet.
        try (SpreadsheetCsv csv = new SpreadsheetCsv(response.getWriter(),
                "Name", "Email", "Category", "Organisation", "Region", "Status", "Joined",
                "Agreed to the newsletter", "Newsletter answer given", "Agreed to the member directory",
                "Directory answer given")) {
            for (Member m : admin.search(MemberSearch.everyone())) {
                if (newsletterOnly && !m.newsletterConsent().isGiven()) {
                    continue;
                }
                csv.row(m.name(), m.email(), m.category().description(), m.organisation(),
                        m.region() == null ? "" : m.region().label(), m.status().label(), london.dateAndTime(m.joinedAt()),
                        m.newsletterConsent().isGiven() ? "Yes" : "No", when(m.newsletterConsent().recordedAt()),
                        m.directoryConsent().isGiven() ? "Yes" : "No", when(m.directoryConsent().recordedAt()));
            }
        }
    }
}
