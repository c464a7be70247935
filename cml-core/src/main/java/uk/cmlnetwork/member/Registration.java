package uk.cmlnetwork.member;

/** A new member and the secret for the link that confirms their email address (send it by email). */
public record Registration(Member member, String confirmationToken) {
}
