package uk.cmlnetwork.jpa;

/** A "like" pattern for text containing the words as typed; the pattern's own wildcards are dropped. */
final class Like {
    private Like() {
    }

    static String containing(String words) {
        return "%" + words.replace("%", "").replace("_", "") + "%";
    }
}
