package uk.cmlnetwork.web.security;

import java.time.Duration;

/** A wait in words a member reads: "30 seconds", "1 minute", "15 minutes". */
final class Waits {
    private Waits() {
    }

    static String inWords(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
