package uk.cmlnetwork.member;

/** A member's address changed: the old one is told, and what was kept under it follows the member. */
public record EmailChanged(Member member, String oldEmail) {
}
