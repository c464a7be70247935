package uk.cmlnetwork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One of the network's regional groups, each with a coordinator. The network started with three (Group
 * One: London and South East; Group Two: South West, West Midlands, East Midlands and Wales; Group
 * Three: North and North Midlands); coordinators rename them, add one and move regions between them
 * ({@link GroupSettings}). Which group a region is in is a {@link GroupRegion}.
 */
@Entity
@Table(name = "regional_group")
public class RegionalGroup {
    public static final String GROUP_ONE = "GROUP_ONE";
    public static final String GROUP_TWO = "GROUP_TWO";
    public static final String GROUP_THREE = "GROUP_THREE";

    /** Fixed once made: the group's address (group.xhtml?group=GROUP_TWO) and what members' roles name. */
    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "list_order", nullable = false)
    private int position;

    protected RegionalGroup() {
    }

    RegionalGroup(String code, String name, int position) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.position = position;
    }

    public String code() {
        return code;
    }

    /** The group's name, e.g. "Group One: London and South East". */
    public String label() {
        return name;
    }

    public int position() {
        return position;
    }

    void rename(String name) {
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionalGroup g && g.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
