package uk.cmlnetwork.advice;

/**
 * A member who may know the answer to a question, and why the network thinks so.
 *
 * @param name the member's name, or null if they are not in the member directory (then only they are told)
 * @param library the name of the member's library, or null
 * @param reason e.g. "Has experience of Community Asset Transfer"
 */
public record Peer(String memberId, String name, String library, String reason) {
}
