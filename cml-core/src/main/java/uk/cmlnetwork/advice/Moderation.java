package uk.cmlnetwork.advice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Who sees a question or an answer, and how many members reported it: the same rules for both. A new
 * member's first posts wait for a coordinator; three reports hide a post until a coordinator decides.
 */
@Embeddable
public class Moderation {
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private Visibility visibility = Visibility.SHOWN;

    /** How many members reported it since a coordinator last decided. */
    @Column(name = "report_count", nullable = false)
    private int reportCount;

    public Visibility visibility() {
        return visibility;
    }

    public int reportCount() {
        return reportCount;
    }

    void waitForReview() {
        visibility = Visibility.WAITING;
    }

    /** One more member reported it; at three it is hidden until a coordinator decides. */
    void reported() {
        reportCount++;
        if (reportCount >= PeerAdvice.REPORTS_TO_HIDE && visibility == Visibility.SHOWN) {
            visibility = Visibility.REPORTED;
        }
    }

    /** A coordinator decided it may be shown; earlier reports no longer count. */
    void approve() {
        visibility = Visibility.SHOWN;
        reportCount = 0;
    }

    void remove() {
        visibility = Visibility.REMOVED;
    }
}
