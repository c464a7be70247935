package uk.cmlnetwork.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which regional group a region is in: every region is in exactly one (the region is the key). */
@Entity
@Table(name = "regional_group_region")
public class GroupRegion {
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "region", length = 30)
    private Region region;

    @Column(name = "group_code", nullable = false, length = 20)
    private String groupCode;

    protected GroupRegion() {
    }

    GroupRegion(Region region, String groupCode) {
        this.region = region;
        this.groupCode = groupCode;
    }

    public Region region() {
        return region;
    }

    public String groupCode() {
        return groupCode;
    }

    void moveTo(String groupCode) {
        this.groupCode = groupCode;
    }
}
