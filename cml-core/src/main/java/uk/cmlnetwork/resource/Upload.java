package uk.cmlnetwork.resource;

/**
 * A file as a coordinator uploaded it. The caller reads at most {@link #MAX_BYTES} + 1 bytes, so
 * an oversized file is refused here with a clear message without holding all of it in memory.
 */
public record Upload(String fileName, byte[] content) {
    /** 15 MB: enough for a handout or a report; recordings are linked, not uploaded. */
    public static final int MAX_BYTES = 15 * 1024 * 1024;

    public static final Upload NONE = new Upload(null, new byte[0]);

    public Upload {
        content = content == null ? new byte[0] : content;
    }

    public boolean isEmpty() {
        return content.length == 0 && (fileName == null || fileName.isBlank());
    }
}
