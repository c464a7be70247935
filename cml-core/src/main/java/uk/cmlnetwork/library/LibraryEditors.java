package uk.cmlnetwork.library;

/** Makes a member an editor of a library's profile: what accepting their claim does. */
@FunctionalInterface
public interface LibraryEditors {
    void makeEditor(String memberId, LibraryId library);
}
