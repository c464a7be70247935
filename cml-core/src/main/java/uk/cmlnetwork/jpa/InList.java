package uk.cmlnetwork.jpa;

import java.util.ArrayList;
import java.util.List;

/**
 * Values for an "in :values" condition, padded to a few fixed lengths by repeating the last value.
 * EclipseLink writes one SQL text per list length: the mail sender's lists of 1 to 50 ids made up to
 * 50 texts per statement, each prepared and cached on its own by every connection (whose statement
 * cache holds 60, see server-config), pushing the bookings' statements out. Padded, there are at most
 * seven. A repeated value does not change what "in" matches.
 */
final class InList {
    private InList() {
    }

    static <T> List<T> padded(List<T> values) {
        if (values.isEmpty()) {
            return values;
        }
        int length = Integer.highestOneBit(values.size());
        if (length < values.size()) {
            length *= 2;
        }
        List<T> padded = new ArrayList<>(length);
        padded.addAll(values);
        T last = values.get(values.size() - 1);
        while (padded.size() < length) {
            padded.add(last);
        }
        return padded;
    }
}
