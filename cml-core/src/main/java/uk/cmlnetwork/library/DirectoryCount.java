package uk.cmlnetwork.library;

import uk.cmlnetwork.shared.Region;

/** How many libraries of one management type are in one region (region null: not known). */
public record DirectoryCount(ManagementType type, Region region, long count) {
}
