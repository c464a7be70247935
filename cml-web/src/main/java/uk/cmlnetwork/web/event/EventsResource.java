package uk.cmlnetwork.web.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import uk.cmlnetwork.event.BookPlace;
import uk.cmlnetwork.event.Booking;
import uk.cmlnetwork.event.EventId;
import uk.cmlnetwork.event.NetworkEvent;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.shared.InvalidInput;
import uk.cmlnetwork.shared.NotFound;
import uk.cmlnetwork.web.page.JsonBuilders;
import uk.cmlnetwork.web.security.CurrentMember;
import uk.cmlnetwork.web.security.EmailLimits;

/**
 * Events and booking over HTTP. A booking goes through the same facade and core service as the
 * event page. JSON only: a cross-site form cannot send application/json, so a member's session
 * cookie cannot be used against them from another site. One instance serves every request (it keeps
 * nothing of its own; the signed-in member comes through a request-scoped proxy): made anew per request,
 * as a resource is by default, its injection was about a fourteenth of a booking's time in the server.
 */
@ApplicationScoped
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
    @Inject
    EventsFacade events;

    @Inject
    CurrentMember current;

    @Inject
    BookingDesk desk;

    @Inject
    EmailLimits emailLimits;

    @Context
    HttpServletRequest request;

    @GET
    public JsonObject upcoming() {
        JsonArrayBuilder list = JsonBuilders.array();
        events.upcomingForCalendars(500).forEach(e -> list.add(summary(e)));
        return JsonBuilders.object().add("events", list).build();
    }

    @GET
    @Path("{id}")
    public Response event(@PathParam("id") String id) {
        return answer(() -> Response.ok(summary(events.find(new EventId(id)))).build());
    }

    /**
     * Books a place. The booking desk (Authorization: Bearer key) and signed-in members are booked at
     * once (201; asking again for the same person returns the same booking); anyone else is emailed a
     * link to confirm (202), as on the event page. A wrong key is refused (401).
     */
    @POST
    @Path("{id}/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         JsonValue sent) {
        EventId event = new EventId(id);
        if (sent != null && !(sent instanceof JsonObject) && sent != JsonValue.NULL) {
            return problem(Response.Status.BAD_REQUEST, JsonBuilders.object()
                    .add("message", "Send the booking as a JSON object, like {\"name\": \"...\", \"email\": \"...\"}"));
        }
        JsonObject body = sent instanceof JsonObject object ? object : null;
        return answer(() -> {
            if (desk.isBookingDesk(authorization)) {
                BookPlace request = new BookPlace(event, text(body, "name"), text(body, "email"));
                return booked(events.book(request));
            }
            if (authorization != null) {
                return problem(Response.Status.UNAUTHORIZED, JsonBuilders.object()
                        .add("message", "This booking desk key is not right"));
            }
            if (current.isSignedIn()) {
                return booked(events.bookMyPlace(event));
            }
            emailLimits.check(text(body, "email"), request.getRemoteAddr());
            events.requestAsGuest(new BookPlace(event, text(body, "name"), text(body, "email")));
            return Response.accepted(JsonBuilders.object().add("status", "CHECK_EMAIL")
                    .add("message", "We have emailed a link to confirm the place; nothing is booked until it is used")
                    .build()).build();
        });
    }

    private static Response booked(Booking booking) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("booking", booking.id().value())
                .add("event", booking.eventId().value())
                .add("status", booking.status().name());
        if (booking.isWaitlisted()) {
            json.add("waitlistPosition", booking.waitlistPosition());
        }
        return Response.status(Response.Status.CREATED).entity(json.build()).build();
    }

    private static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (NotFound missing) {
            return problem(Response.Status.NOT_FOUND, JsonBuilders.object().add("message", missing.getMessage()));
        } catch (InvalidInput invalid) {
            JsonObjectBuilder problems = JsonBuilders.object();
            invalid.problems().forEach(problems::add);
            return problem(Response.Status.BAD_REQUEST, JsonBuilders.object()
                    .add("message", "Some details need fixing").add("problems", problems));
        } catch (DomainException refused) {
            return problem(Response.Status.CONFLICT, JsonBuilders.object().add("message", refused.getMessage()));
        }
    }

    private static Response problem(Response.Status status, JsonObjectBuilder json) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(json.build()).build();
    }

    private static String text(JsonObject body, String field) {
        return body != null && body.get(field) instanceof JsonString value ? value.getString() : null;
    }

    private static JsonObject summary(NetworkEvent e) {
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", e.id().value())
                .add("title", e.title())
                .add("type", e.type().name())
                .add("status", e.status().name())
                .add("startsAt", e.startsAt().toString())
                .add("endsAt", e.endsAt().toString())
                .add("booked", e.bookedCount())
                .add("membersOnly", e.isMembersOnly());
        if (e.capacity() != null) {
            json.add("capacity", e.capacity()).add("placesLeft", e.placesLeft());
        }
        if (e.venue() != null) {
            json.add("venue", e.venue());
        }
        if (e.region() != null) {
            json.add("region", e.region().name());
        }
        return json.build();
    }
}
