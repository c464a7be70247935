package uk.cmlnetwork.library;

/**
 * How many libraries there are and the sum of their row versions: every added library changes the
 * count and every saved change raises a version, so a different state means the directory changed.
 * (Libraries are never deleted; a closed library stays, with a closure code.)
 */
public record DirectoryState(long libraries, long versions) {
}
