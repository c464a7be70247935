package uk.cmlnetwork.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Logger;
import uk.cmlnetwork.member.Member;
import uk.cmlnetwork.member.MemberAdministration;
import uk.cmlnetwork.member.MembershipService;
import uk.cmlnetwork.web.mail.MemberMail;

/**
 * At install time the setting cml.first.coordinator.email names the first coordinator. There is
 * no default password: the account gets an emailed link to choose one (or keeps its own, if that
 * person had already joined). Does nothing once any coordinator exists.
 */
@ApplicationScoped
public class FirstCoordinator {
    private static final Logger LOG = Logger.getLogger(FirstCoordinator.class.getName());

    @Inject
    MemberAdministration administration;

    @Inject
    MembershipService membership;

    @Inject
    MemberMail mail;

    @Transactional
    public void appoint(String email, String name) {
        administration.firstCoordinator(email, name, Instant.now()).ifPresent(this::invite);
    }

    private void invite(Member coordinator) {
        LOG.info("The first coordinator is " + coordinator.email());
        if (coordinator.hasPassword()) {
            return;
        }
        membership.requestPasswordReset(coordinator.email())
                .ifPresent(token -> mail.resetPassword(coordinator, token));
        LOG.info("A link to choose a password is in the outbox for " + coordinator.email());
    }
}
