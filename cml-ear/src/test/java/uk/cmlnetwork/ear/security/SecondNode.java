package uk.cmlnetwork.ear.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A second Liberty server of the site, made from the tests' server (its application, settings and database) with
 * ports of its own: a copy of the server's folder, not its logs, work area or transaction log.
 */
final class SecondNode {
    private static final Path SERVERS = Path.of("target/liberty/wlp/usr/servers");

    final String name;
    final String site;
    private final int httpPort;

    private SecondNode(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.site = "http://localhost:" + httpPort + "/";
    }

    /** Makes the node afresh from the tests' server and starts it; returns once it is ready. */
    static SecondNode start(String name, int httpPort, int httpsPort) throws Exception {
        for (int port : new int[] {httpPort, httpsPort}) {
            if (listening(port)) {
                fail("Port " + port + " is in use: the second node needs it. Stop what listens there"
                        + " (a node left from an earlier run: target/liberty/wlp/bin/server stop " + name + ").");
            }
        }
        Path to = SERVERS.resolve(name);
        deleteTree(to);
        copyServer(SERVERS.resolve(System.getProperty("cml.it.server", "cml-it")), to);
        Path bootstrap = to.resolve("bootstrap.properties");
        Files.writeString(bootstrap, Files.readString(bootstrap)
                .replaceAll("(?m)^cml\\.http\\.port=.*$", "cml.http.port=" + httpPort)
                .replaceAll("(?m)^cml\\.https\\.port=.*$", "cml.https.port=" + httpsPort));
        SecondNode node = new SecondNode(name, httpPort);
        assertEquals(0, node.server("start").waitFor(), name + " starts");
        node.waitUntilReady();
        return node;
    }

    /** SIGKILL: no shutdown, no flush. Returns once the process is gone. */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(SERVERS.resolve(".pid/" + name + ".pid")).strip());
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    }

    /** Stops the node, unless it is no longer running (killed). */
    void stopIfRunning() throws Exception {
        if (listening(httpPort)) {
            server("stop").waitFor();
        }
    }

    private Process server(String action) throws IOException {
        return new ProcessBuilder(Path.of("target/liberty/wlp/bin/server").toAbsolutePath().toString(), action, name)
                .inheritIO().start();
    }

    private void waitUntilReady() throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                if (new SiteSession(site).get("health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not start serving");
    }

    private static void copyServer(Path from, Path to) throws IOException {
        Set<String> left = Set.of("logs", "workarea", "tranlog");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && left.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                List<Path> deepestFirst = files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList();
                for (Path file : deepestFirst) {
                    Files.delete(file);
                }
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException nobody) {
            return false;
        }
    }
}
