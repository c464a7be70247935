package uk.cmlnetwork.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where a library is, in degrees, and how far that is from somewhere else. */
@Embeddable
public class Location {
    private static final double EARTH_RADIUS_MILES = 3958.8;

    @Column(name = "latitude")
    private double latitude;

    @Column(name = "longitude")
    private double longitude;

    protected Location() {
    }

    public Location(double latitude, double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }

    /** Roughly within England's bounds (a dataset row with a swapped or mistyped location is not). */
    public boolean isInEngland() {
        return latitude >= 49 && latitude <= 56 && longitude >= -7 && longitude <= 2.5;
    }

    /** Great-circle distance in miles: good to well under a mile at these distances. */
    public double milesTo(Location other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLng = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude that cover this many miles (for a first, rough box around a point). */
    double latitudeSpan(double miles) {
        return miles / 69.0;
    }

    /** Degrees of longitude that cover this many miles here. */
    double longitudeSpan(double miles) {
        return miles / (69.17 * Math.max(0.1, Math.cos(Math.toRadians(latitude))));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Location that && latitude == that.latitude && longitude == that.longitude;
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude);
    }

    @Override
    public String toString() {
        return latitude + ", " + longitude;
    }
}
