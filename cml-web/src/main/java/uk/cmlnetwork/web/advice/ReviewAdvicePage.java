package uk.cmlnetwork.web.advice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.cmlnetwork.advice.AwaitingDecision;
import uk.cmlnetwork.web.page.Pages;

/** Everything coordinators must decide in Ask the network, in one place: new members' first posts and reported posts. */
@Named
@RequestScoped
public class ReviewAdvicePage {
    @Inject
    AdviceFacade advice;

    private AwaitingDecision waiting;

    public AwaitingDecision getWaiting() {
        if (waiting == null) {
            waiting = advice.awaitingDecision();
        }
        return waiting;
    }

    public String approve(String postId) {
        return decide(() -> advice.approve(postId), "Approved: members see it now");
    }

    public String remove(String postId) {
        return decide(() -> advice.remove(postId), "Removed: members no longer see it");
    }

    private String decide(Runnable decision, String done) {
        return Pages.attempt(Map.of(), () -> {
            decision.run();
            Pages.showInfo(done);
            waiting = null;
            return null;
        });
    }
}
