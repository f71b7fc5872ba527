package org.govinbox.system;

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
 * A fault for the mail tests: an SMTP server that talks the protocol but refuses — every recipient with
 * {@code rcptReply} (e.g. 550, a permanent refusal), or every message after its data with {@code dataReply} (e.g.
 * 451, a temporary one). It stands in on GreenMail's port while GreenMail is stopped, and keeps the header lines
 * of every message it was sent (to see its Message-ID).
 */
final class RefusingSmtp implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final String dataReply;
    final List<String> recipients = new CopyOnWriteArrayList<>();
    /** "recipient Message-ID" of every message whose data it read. */
    final List<String> messages = new CopyOnWriteArrayList<>();
    private final Thread loop;

    RefusingSmtp(int port, String rcptReply, String dataReply) throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        this.rcptReply = rcptReply;
        this.dataReply = dataReply;
        this.loop = new Thread(this::serve, "refusing-smtp");
        loop.setDaemon(true);
        loop.start();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                talk(client);
            } catch (IOException e) {
                // the client hung up, or the server is closing
            }
        }
    }

    private void talk(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        say(out, "220 refusing.test ESMTP");
        String line;
        String recipient = null;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> say(out, "250 refusing.test");
                case "MAIL" -> say(out, "250 OK");
                case "RCPT" -> {
                    recipient = line.substring(line.indexOf(':') + 1).trim().replaceAll("[<>]", "");
                    recipients.add(recipient);
                    say(out, rcptReply);
                }
                case "DATA" -> {
                    say(out, "354 go ahead");
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        if (data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                            messages.add(recipient + " " + data.substring(11).trim());
                        }
                    }
                    say(out, dataReply);
                }
                case "RSET", "NOOP" -> say(out, "250 OK");
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "502 not implemented");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        loop.join(5000);
    }
}
