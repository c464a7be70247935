package uk.cmlnetwork.web.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Just enough of an SMTP server to see what the sender says: it records every command, accepts every
 * message but those to an address with "refused" in it and, like some real servers, may hang up after
 * so many messages on one connection.
 */
final class TinyMailServer implements AutoCloseable {
    final List<String> commands = new CopyOnWriteArrayList<>();
    final List<String> recipients = new CopyOnWriteArrayList<>();
    final List<String> messageIds = new CopyOnWriteArrayList<>();
    private final ServerSocket socket;
    private final int messagesPerConnection;

    /** Hangs up after this many messages on one connection; 0 for never. */
    TinyMailServer(int messagesPerConnection) throws IOException {
        this.messagesPerConnection = messagesPerConnection;
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tiny-mail-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    long count(String command) {
        return commands.stream().filter(c -> c.toUpperCase().startsWith(command)).count();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the test is over, or the client went away
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 tiny");
        int messages = 0;
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String command = line.toUpperCase();
            if (command.startsWith("DATA")) {
                reply(out, "354 go ahead");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    if (line.startsWith("Message-ID: ")) {
                        messageIds.add(line.substring(12));
                    }
                }
                reply(out, "250 accepted");
                if (++messages == messagesPerConnection) {
                    return; // hangs up without a word
                }
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                if (command.startsWith("RCPT TO:") && command.contains("REFUSED")) {
                    reply(out, "550 mailbox unavailable");
                    continue;
                }
                if (command.startsWith("RCPT TO:")) {
                    recipients.add(line.substring(8));
                }
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
