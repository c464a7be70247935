package uk.cmlnetwork.library;

/** Distances between points on the earth, in miles (great-circle, good to well under a mile here). */
public final class Distance {
    private static final double EARTH_RADIUS_MILES = 3958.8;

    private Distance() {
    }

    public static double miles(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude that cover this many miles (for a first, rough box around a point). */
    static double latitudeDegrees(double miles) {
        return miles / 69.0;
    }

    /** Degrees of longitude that cover this many miles at this latitude. */
    static double longitudeDegrees(double miles, double latitude) {
        return miles / (69.17 * Math.max(0.1, Math.cos(Math.toRadians(latitude))));
    }
}
