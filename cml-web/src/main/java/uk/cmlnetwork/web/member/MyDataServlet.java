package uk.cmlnetwork.web.member;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.member.Consent;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberId;
import uk.cmlnetwork.web.page.Downloads;
import uk.cmlnetwork.web.page.SpreadsheetCsv;
import uk.cmlnetwork.web.page.JsonBuilders;

/**
 * "Download my data" (UK GDPR): everything the network holds about the signed-in member, as JSON
 * or CSV. Only ever the caller's own data: the id comes from the sign-in, never from the request.
 */
@WebServlet("/account/my-data")
@ServletSecurity(@HttpConstraint(rolesAllowed = "MEMBER"))
public class MyDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MembersFacade members;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemberId id = new MemberId(request.getUserPrincipal().getName());
        Member member = members.find(id);
        List<Booking> bookings = members.bookingsOf(id);
        MyWritingAndChoices mine = members.writingAndChoicesOf(id);
        boolean csv = "csv".equals(request.getParameter("format"));
        Downloads.prepare(response, csv ? "text/csv" : "application/json",
                "my-cml-network-data." + (csv ? "csv" : "json"));
        if (csv) {
            writeCsv(member, bookings, response.getWriter());
        } else {
            response.getWriter().write(json(member, bookings, mine));
        }
    }

    static String json(Member member, List<Booking> bookings, MyWritingAndChoices mine) {
        JsonArrayBuilder booked = JsonBuilders.array();
        bookings.forEach(b -> booked.add(JsonBuilders.object().add("event", b.eventId().value())
                .add("name", b.attendeeName()).add("email", b.email()).add("bookedAt", b.bookedAt().toString())));
        return JsonBuilders.object()
                .add("profile", JsonBuilders.object()
                        .add("name", member.name()).add("email", member.email())
                        .add("category", member.category().name())
                        .add("organisation", nullable(member.organisation()))
                        .add("region", member.region() == null ? "" : member.region().label())
                        .add("library", member.libraryId() == null ? "" : member.libraryId().value())
                        .add("libraryNotListed", nullable(member.unlistedLibrary()))
                        .add("joinedAt", member.joinedAt().toString())
                        .add("status", member.status().name())
                        .add("suspensionReason", nullable(member.suspensionReason()))
                        .add("newEmailWaitingForConfirmation", nullable(member.pendingEmail()))
                        .add("hasCalendarAddress", String.valueOf(member.calendarKey() != null))
                        .add("roles", JsonBuilders.array(member.roles().stream().map(Enum::name).toList())))
                .add("consents", JsonBuilders.object()
                        .add("newsletter", consent(member.newsletterConsent()))
                        .add("memberDirectory", consent(member.directoryConsent())))
                .add("bookings", booked)
                .add("posts", posts(mine))
                .add("askTheNetwork", askTheNetwork(mine))
                .build().toString();
    }

    private static JsonArrayBuilder posts(MyWritingAndChoices mine) {
        JsonArrayBuilder posts = JsonBuilders.array();
        mine.posts().forEach(p -> posts.add(JsonBuilders.object().add("title", p.title()).add("status", p.status().name())
                .add("text", p.body()).add("createdAt", p.createdAt().toString())));
        return posts;
    }

    private static JsonObjectBuilder askTheNetwork(MyWritingAndChoices mine) {
        JsonArrayBuilder questions = JsonBuilders.array();
        mine.questions().forEach(q -> questions.add(JsonBuilders.object().add("id", q.id().value()).add("title", q.title())
                .add("text", q.body()).add("askedAt", q.askedAt().toString()).add("shown", q.visibility().label())));
        JsonArrayBuilder answers = JsonBuilders.array();
        mine.answers().forEach(a -> answers.add(JsonBuilders.object().add("question", a.questionId().value())
                .add("text", a.body()).add("answeredAt", a.answeredAt().toString()).add("shown", a.visibility().label())));
        JsonObjectBuilder choices = JsonBuilders.object();
        mine.emailChoices().forEach((kind, frequency) -> choices.add(kind.label(), frequency.label()));
        return JsonBuilders.object()
                .add("questions", questions)
                .add("answers", answers)
                .add("experience", JsonBuilders.array(mine.experience().topics().stream().map(t -> t.name()).toList()))
                .add("experienceInYourWords", JsonBuilders.array(mine.experience().tags()))
                .add("topicsFollowed", JsonBuilders.array(mine.topicsFollowed().stream().map(t -> t.name()).toList()))
                .add("emailChoices", choices);
    }

    private static JsonObjectBuilder consent(Consent consent) {
        return JsonBuilders.object().add("given", consent.isGiven())
                .add("recordedAt", consent.recordedAt() == null ? "" : consent.recordedAt().toString())
                .add("wording", nullable(consent.wording()));
    }

    private static String nullable(String text) {
        return text == null ? "" : text;
    }

    private static void writeCsv(Member member, List<Booking> bookings, Writer out) throws IOException {
        try (SpreadsheetCsv csv = new SpreadsheetCsv(out, "section", "field", "value")) {
            csv.row("profile", "name", member.name());
            csv.row("profile", "email", member.email());
            csv.row("profile", "category", member.category().name());
            csv.row("profile", "organisation", nullable(member.organisation()));
            csv.row("profile", "region", member.region() == null ? "" : member.region().label());
            csv.row("profile", "joined", member.joinedAt());
            csv.row("profile", "status", member.status().name());
            csv.row("profile", "suspension reason", nullable(member.suspensionReason()));
            csv.row("profile", "new email waiting for confirmation", nullable(member.pendingEmail()));
            csv.row("profile", "has a calendar address", member.calendarKey() != null);
            csv.row("consent", "newsletter", member.newsletterConsent().isGiven() + " at "
                    + member.newsletterConsent().recordedAt() + ": " + nullable(member.newsletterConsent().wording()));
            csv.row("consent", "member directory", member.directoryConsent().isGiven() + " at "
                    + member.directoryConsent().recordedAt() + ": " + nullable(member.directoryConsent().wording()));
            for (Booking b : bookings) {
                csv.row("booking", b.eventId().value(), b.attendeeName() + " <" + b.email() + "> at " + b.bookedAt());
            }
        }
    }
}
