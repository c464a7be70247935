package uk.cmlnetwork.member;

/**
 * What joining did: a new member and the secret for the link that confirms their email address (send
 * it by email); or, when the address already belongs to a member, that member, unchanged and with no
 * link: tell them by email that someone tried to join with their address. The person joining is
 * answered the same either way, so the form does not tell anyone who is a member.
 */
public record Registration(Member member, String confirmationToken) {
    static Registration alreadyAMember(Member member) {
        return new Registration(member, null);
    }

    public boolean isNew() {
        return confirmationToken != null;
    }
}
