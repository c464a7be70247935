package uk.cmlnetwork.resource;

import java.io.IOException;
import java.io.InputStream;

/** Where uploaded files are kept: outside the web application, under keys the application makes. */
public interface ResourceFiles {
    /** For an installation that keeps no files: uploads are refused with a message saying so. */
    ResourceFiles NONE = new ResourceFiles() {
        @Override
        public void save(String key, byte[] content) {
            throw new IllegalStateException("No folder is set for uploaded files");
        }

        @Override
        public InputStream open(String key) throws IOException {
            throw new java.io.FileNotFoundException(key);
        }

        @Override
        public boolean keepsFiles() {
            return false;
        }
    };

    void save(String key, byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    /** The file is no longer wanted (its resource was withdrawn); nothing happens if it is already gone. */
    default void delete(String key) throws IOException {
    }

    default boolean keepsFiles() {
        return true;
    }
}
