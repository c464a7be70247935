package uk.cmlnetwork.web.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.logging.Logger;
import uk.cmlnetwork.shared.DomainException;
import uk.cmlnetwork.web.page.JsonBuilders;

/**
 * POST /api/backups: the backup command (tools/backup) backs the running site up, as a coordinator's "Back up
 * now" does, with the server's backup key (cml.backup.key) as a bearer token. On PostgreSQL it is refused
 * (pg_dump backs that up, outside the site).
 */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {
    private static final Logger LOG = Logger.getLogger(BackupsResource.class.getName());

    @Inject
    BackupFacade backups;

    @POST
    public Response backUp(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!backups.takesCommands()) {
            return problem(Response.Status.FORBIDDEN, "Backups by command are off on this server: set cml.backup.key");
        }
        try {
            Optional<String> folder = backups.backUpWithKey(authorization);
            if (folder.isEmpty()) {
                return problem(Response.Status.UNAUTHORIZED, "Give the server's backup key: Authorization: Bearer <key>");
            }
            LOG.info("Backed up by the backup command into " + folder.get());
            return Response.status(Response.Status.CREATED)
                    .entity(JsonBuilders.object().add("folder", folder.get()).build()).build();
        } catch (DomainException refused) {
            return problem(Response.Status.CONFLICT, refused.getMessage());
        }
    }

    private static Response problem(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(JsonBuilders.object().add("message", message).build()).build();
    }
}
