package uk.cmlnetwork.shared;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The regional groups as read at one moment: which group a region is in, and a group's regions. */
public final class GroupMap {
    private final List<RegionalGroup> groups;
    private final Map<Region, RegionalGroup> byRegion = new EnumMap<>(Region.class);

    public GroupMap(List<RegionalGroup> groups, List<GroupRegion> regions) {
        this.groups = List.copyOf(groups);
        for (GroupRegion r : regions) {
            groups.stream().filter(g -> g.code().equals(r.groupCode())).findFirst().ifPresent(g -> byRegion.put(r.region(), g));
        }
    }

    public List<RegionalGroup> groups() {
        return groups;
    }

    public Optional<RegionalGroup> find(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** The group of a region; null for no region, or a region no group covers yet. */
    public RegionalGroup of(Region region) {
        return region == null ? null : byRegion.get(region);
    }

    /** Whether the region is in the group with this code. */
    public boolean covers(String groupCode, Region region) {
        RegionalGroup group = of(region);
        return group != null && groupCode != null && Objects.equals(group.code(), groupCode);
    }

    public List<Region> regionsOf(String groupCode) {
        List<Region> found = new ArrayList<>();
        byRegion.forEach((region, group) -> {
            if (group.code().equals(groupCode)) {
                found.add(region);
            }
        });
        return found;
    }
}
