package uk.cmlnetwork.web.waiting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** account/waiting.xhtml: what waits for the member's decision, and where what they sent in stands. */
@Named
@RequestScoped
public class WaitingForYouPage {
    @Inject
    WaitingForYouFacade facade;

    private WaitingForYouFacade.Waiting waiting;
    private WaitingForYouFacade.SentIn sentIn;

    public WaitingForYouFacade.Waiting getWaiting() {
        if (waiting == null) {
            waiting = facade.waitingForMe();
        }
        return waiting;
    }

    public WaitingForYouFacade.SentIn getSentIn() {
        if (sentIn == null) {
            sentIn = facade.sentInByMe();
        }
        return sentIn;
    }
}
