package uk.cmlnetwork.library;

/** A library and how far it is, in miles, from where the search started. */
public record NearbyLibrary(Library library, double miles) {
    /** The distance as people say it: "0.4 miles", "12 miles". */
    public String distance() {
        String distance = miles < 10 ? String.format("%.1f miles", miles) : String.format("%.0f miles", miles);
        return isApproximate() ? "about " + distance : distance;
    }

    /** The library is placed only roughly (the middle of its postcode district or authority). */
    public boolean isApproximate() {
        PlaceFinder.Precision precision = library.placePrecision();
        return precision == PlaceFinder.Precision.POSTCODE_DISTRICT || precision == PlaceFinder.Precision.AUTHORITY;
    }
}
