package uk.cmlnetwork.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Coordinators keep the regional groups: rename one, add one, and say which group each region is in.
 * The caller owns the transaction.
 */
public class GroupSettings {
    private static final int LONGEST_NAME = 120;
    private static final int MOST_GROUPS = 20;

    private final RegionalGroups groups;

    public GroupSettings(RegionalGroups groups) {
        this.groups = groups;
    }

    public GroupMap current() {
        return groups.map();
    }

    /**
     * Renames groups and moves regions in one go: {@code names} by group code, {@code regions} gives each
     * region's group code. Every problem is named at once (fields "name-CODE" and "region-REGION"), and
     * nothing changes unless all is well.
     */
    public GroupMap change(Map<String, String> names, Map<Region, String> regions) {
        GroupMap now = groups.map();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<RegionalGroup, String> renamed = new LinkedHashMap<>();
        names.forEach((code, name) -> {
            RegionalGroup group = now.find(code).orElse(null);
            String clean = clean(name);
            if (group == null) {
                problems.put("name-" + code, "Choose a group the network has");
            } else if (clean.isEmpty() || clean.length() > LONGEST_NAME) {
                problems.put("name-" + code, "Enter a name for " + group.label() + ", in " + LONGEST_NAME + " characters or fewer");
            } else if (now.groups().stream().anyMatch(g -> !g.equals(group) && g.label().equalsIgnoreCase(clean))
                    || names.entrySet().stream().anyMatch(e -> !e.getKey().equals(code) && clean(e.getValue()).equalsIgnoreCase(clean))) {
                problems.put("name-" + code, "Another group is called " + clean + ": give each group its own name");
            } else {
                renamed.put(group, clean);
            }
        });
        regions.forEach((region, code) -> {
            if (code == null || now.find(code).isEmpty()) {
                problems.put("region-" + region.name(), "Choose the group " + region.label() + " is in");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems); // every field to fix, at once
        }
        renamed.forEach(RegionalGroup::rename);
        Map<Region, GroupRegion> stored = new LinkedHashMap<>();
        groups.regions().forEach(r -> stored.put(r.region(), r));
        regions.forEach((region, code) -> {
            GroupRegion existing = stored.get(region);
            if (existing == null) {
                groups.store(new GroupRegion(region, code));
            } else {
                existing.moveTo(code);
            }
        });
        return groups.map();
    }

    /** Adds a group with no regions yet; its code is made from how many there are (GROUP_4...). */
    public RegionalGroup add(String name) {
        GroupMap now = groups.map();
        String clean = clean(name);
        if (clean.isEmpty() || clean.length() > LONGEST_NAME) {
            throw InvalidInput.of("newGroup", "Enter the new group's name, in " + LONGEST_NAME + " characters or fewer");
        }
        if (now.groups().stream().anyMatch(g -> g.label().equalsIgnoreCase(clean))) {
            throw InvalidInput.of("newGroup", "There is already a group called " + clean);
        }
        if (now.groups().size() >= MOST_GROUPS) {
            throw InvalidInput.of("newGroup", "The network has " + MOST_GROUPS + " groups, the most it keeps");
        }
        int number = now.groups().size() + 1;
        while (now.find("GROUP_" + number).isPresent()) {
            number++;
        }
        int last = now.groups().stream().mapToInt(RegionalGroup::position).max().orElse(0);
        RegionalGroup group = new RegionalGroup("GROUP_" + number, clean, last + 1);
        groups.store(group);
        return group;
    }

    private static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }
}
