package uk.cmlnetwork.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import uk.cmlnetwork.resource.ResourceFiles;

/**
 * Uploaded files in a folder of the server's data directory, outside the web application. Keys
 * are made by the application (UUIDs), never from a file's name, so no upload can choose its path.
 */
public final class FolderFiles implements ResourceFiles {
    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    private final Path folder;

    public FolderFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public void save(String key, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path target = pathOf(key);
        // Written beside it, then moved into place: a crash never leaves half a file under the key.
        Path partial = Files.createTempFile(folder, "upload-", ".part");
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    private Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return folder.resolve(key);
    }
}
