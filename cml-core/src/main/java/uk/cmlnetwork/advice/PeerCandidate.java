package uk.cmlnetwork.advice;

import uk.cmlnetwork.library.Location;
import uk.cmlnetwork.shared.Region;

/**
 * An active member at a library, as the network looks for peers: who they are, whether they are in
 * the member directory, and where their library is.
 */
public record PeerCandidate(String memberId, String name, boolean listed, String libraryId, String library, Region region,
                            Location location) {
}
