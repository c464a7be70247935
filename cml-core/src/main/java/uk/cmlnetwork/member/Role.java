package uk.cmlnetwork.member;

/** What a signed-in person may do. Every member is a MEMBER; the others are granted. */
public enum Role {
    MEMBER,
    /** May edit the profile of the libraries they are editor for. */
    LIBRARY_EDITOR,
    /** Runs the network: members, events, resources, posts, newsletters. */
    COORDINATOR
}
