package uk.cmlnetwork.shared;

/**
 * The network's three regional groups, each with a coordinator. The network names no group for the
 * East of England; it is counted with Group One, its neighbours London and the South East.
 */
public enum RegionalGroup {
    GROUP_ONE("Group One: London and South East"),
    GROUP_TWO("Group Two: South West, West Midlands, East Midlands and Wales"),
    GROUP_THREE("Group Three: North and North Midlands");

    private final String label;

    RegionalGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RegionalGroup of(Region region) {
        return switch (region) {
            case LONDON, SOUTH_EAST, EAST_OF_ENGLAND -> GROUP_ONE;
            case SOUTH_WEST, WEST_MIDLANDS, EAST_MIDLANDS, WALES -> GROUP_TWO;
            case NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_THE_HUMBER -> GROUP_THREE;
        };
    }
}
