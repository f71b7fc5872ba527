package org.govinbox.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A Payara Micro of a test's own, started as a deployer would ({@code java -jar payara-micro.jar --deploy
 * govinbox.war}) on a free port with its own data folder under {@code target/own/<name>}, for the fault tests that
 * must stop, kill or misconfigure a server (the shared one of {@link Server} stays untouched). Its output goes to
 * {@code target/own/<name>/server.log}.
 */
final class OwnServer implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Own-Admin-Pass-2026";

    final String name;
    final Path home;
    final Path data;
    final int port;
    final String base;
    private final Path log;
    private Process process;
    /** Payara Micro's own options after the deployment; alone by default, a cluster's member with {@link #clustered} */
    private List<String> payaraOptions = List.of("--nocluster");

    private OwnServer(String name, Path home, Path data, int port) {
        this.name = name;
        this.home = home;
        this.data = data;
        this.port = port;
        this.base = "http://localhost:" + port;
        this.log = home.resolve("server.log");
    }

    /** A server of its own on an empty data folder. */
    static OwnServer fresh(String name) throws IOException {
        Path home = Path.of(System.getProperty("govinbox.it.tmp", "target/tmp")).getParent().resolve("own").resolve(name);
        deleteTree(home);
        Files.createDirectories(home);
        return new OwnServer(name, home, home.resolve("data"), freePort());
    }

    /**
     * Starts (or starts again, on the same data) with these system properties added. Payara Micro's working folder is
     * emptied first: it would otherwise deploy the last run's application beside this one, on the same database.
     */
    OwnServer start(Map<String, String> properties) throws IOException {
        deleteTree(home.resolve("payara"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dgovinbox.data.dir=" + data, "-Dgovinbox.admin.password=" + ADMIN_PASSWORD,
                "-Dderby.stream.error.file=" + home.resolve("derby.log"),
                "-Dgovinbox.smtp.port=" + freePort()));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", System.getProperty("govinbox.it.payara-jar"),
                "--deploy", System.getProperty("govinbox.it.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--rootdir", home.resolve("payara").toString()));
        command.addAll(payaraOptions);
        process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return this;
    }

    /**
     * A member of a cluster of instances on this machine (Payara Micro's Hazelcast with a fixed member list, as in the
     * README's production recipe): {@code group} names the cluster, {@code hzPort} is this member's data-grid port and
     * {@code members} every member's.
     */
    OwnServer clustered(String group, int hzPort, List<Integer> members) {
        payaraOptions = List.of("--clustername", group, "--startport", String.valueOf(hzPort), "--interfaces", "127.0.0.1",
                "--clustermode", "tcpip:" + String.join(",", members.stream().map(p -> "127.0.0.1:" + p).toList()),
                "--name", name);
        return this;
    }

    OwnServer start() throws IOException {
        return start(Map.of());
    }

    /** Waits until {@code /health/ready} answers 200 (fails early if the process ends). */
    OwnServer awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        // only the refused connections of a server still starting are ignored: a process that ended fails at once
        Awaitility.await(name + " ready").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " ended with " + process.exitValue() + ":\n" + log());
                    }
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200;
                });
        return this;
    }

    /** Waits for the process to end by itself; its exit status. */
    int awaitExit(Duration within) throws InterruptedException, IOException {
        if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still running after " + within + ":\n" + log());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no last write. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM: Payara's shutdown runs). */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** A request to this server (JSON). */
    io.restassured.specification.RequestSpecification api() {
        return io.restassured.RestAssured.given().baseUri(base).accept(io.restassured.http.ContentType.JSON);
    }

    /** A request to this server with a staff token. */
    io.restassured.specification.RequestSpecification as(String token) {
        return api().header("Authorization", "Bearer " + token);
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
