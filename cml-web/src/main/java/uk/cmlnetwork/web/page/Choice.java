package uk.cmlnetwork.web.page;

/** One option of a drop-down list: the value sent in the address and the words shown. */
public record Choice(String value, String label) {
}
