package uk.cmlnetwork.web.group;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cmlnetwork.shared.GroupMap;
import uk.cmlnetwork.shared.Region;
import uk.cmlnetwork.shared.RegionalGroup;
import uk.cmlnetwork.web.page.Choice;
import uk.cmlnetwork.web.page.ForNextPage;
import uk.cmlnetwork.web.page.Pages;

/** Coordinators keep the regional groups: each group's name, which group each region is in, a new group. */
@Named
@ViewScoped
public class GroupSettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RegionalGroupsFacade groups;

    @Inject
    ForNextPage forNextPage;

    /** A group's name as typed. */
    public static final class NameRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String name;

        NameRow(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** The group a region is in, as chosen. */
    public static final class RegionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Region region;
        private String group;

        RegionRow(Region region, String group) {
            this.region = region;
            this.group = group;
        }

        public String getLabel() { return region.label(); }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
    }

    private final List<NameRow> names = new ArrayList<>();
    private final List<RegionRow> regions = new ArrayList<>();
    private transient List<Choice> choices;
    private String newGroup;

    @PostConstruct
    void read() {
        GroupMap map = groups.current();
        map.groups().forEach(g -> names.add(new NameRow(g.code(), g.label())));
        Arrays.stream(Region.values()).forEach(r -> regions.add(new RegionRow(r,
                map.of(r) == null ? null : map.of(r).code())));
    }

    public String save() {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            fields.put("name-" + names.get(i).code, "groups:names:" + i + ":name");
            typed.put(names.get(i).code, names.get(i).name);
        }
        Map<Region, String> chosen = new EnumMap<>(Region.class);
        for (int i = 0; i < regions.size(); i++) {
            fields.put("region-" + regions.get(i).region.name(), "groups:regions:" + i + ":group");
            chosen.put(regions.get(i).region, regions.get(i).group);
        }
        return Pages.attempt(fields, () -> {
            groups.change(typed, chosen);
            forNextPage.notice("The regional groups are saved");
            return "/coordinator/groups?faces-redirect=true";
        });
    }

    public String add() {
        return Pages.attempt(Map.of("newGroup", "add:newGroup"), () -> {
            RegionalGroup added = groups.add(newGroup);
            forNextPage.notice(added.label() + " is added: choose the regions it covers");
            return "/coordinator/groups?faces-redirect=true";
        });
    }

    public List<NameRow> getNames() { return names; }
    public List<RegionRow> getRegions() { return regions; }
    public List<Choice> getChoices() {
        if (choices == null) {
            choices = groups.current().groups().stream().map(g -> new Choice(g.code(), g.label())).toList();
        }
        return choices;
    }
    public String getNewGroup() { return newGroup; }
    public void setNewGroup(String newGroup) { this.newGroup = newGroup; }
}
