package uk.cmlnetwork.library;

/** How a community library's organisation is incorporated. */
public enum LegalForm {
    CHARITY("Registered charity"),
    CIO("Charitable incorporated organisation (CIO)"),
    CIC("Community interest company (CIC)"),
    COMPANY_LIMITED_BY_GUARANTEE("Company limited by guarantee"),
    COMMUNITY_BENEFIT_SOCIETY("Community benefit society"),
    PARISH_OR_TOWN_COUNCIL("Parish or town council"),
    UNINCORPORATED_ASSOCIATION("Unincorporated association"),
    OTHER("Other");

    private final String label;

    LegalForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
