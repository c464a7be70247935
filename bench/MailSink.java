import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** The booking benchmark's mail server: it accepts and forgets every message, one thread per connection. */
final class MailSink {
    private MailSink() {
    }

    /** A mail server that accepts and forgets every message, so the confirmation emails cost what SMTP costs. */
    static Thread start(int port) throws Exception {
        ServerSocket server = new ServerSocket(port);
        Thread acceptor = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Socket socket = server.accept();
                    Thread t = new Thread(() -> converse(socket)); t.setDaemon(true); t.start();
                } catch (Exception stopped) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return acceptor;
    }

    static void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench SMTP sink");
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        reply(out, "250 OK");
                    }
                    continue;
                }
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 bench");
                    case "DATA" -> {
                        data = true;
                        reply(out, "354 go ahead");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (Exception ignored) {
            // the client went away
        }
    }

    static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
