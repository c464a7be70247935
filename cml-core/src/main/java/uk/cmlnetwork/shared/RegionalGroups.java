package uk.cmlnetwork.shared;

import java.util.List;
import java.util.Optional;

/** The network's regional groups and which region is in which (reference data coordinators change). */
public interface RegionalGroups {
    /** In the order the network lists them. */
    List<RegionalGroup> all();

    Optional<RegionalGroup> find(String code);

    List<GroupRegion> regions();

    void store(RegionalGroup group);

    void store(GroupRegion region);

    /** The groups as they are now, to look up many regions at once. */
    default GroupMap map() {
        return new GroupMap(all(), regions());
    }
}
