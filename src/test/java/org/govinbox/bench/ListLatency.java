package org.govinbox.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * bench/letters.sh, part 3: the staff list over the seeded letters — a dispatcher asks for a page of 20 filtered
 * by department and sorted by due date, one request at a time; prints the latency percentiles.
 * Usage: ListLatency baseUrl adminPassword requests
 */
public final class ListLatency {

    private ListLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        HttpClient http = HttpClient.newHttpClient();
        String admin = token(http, base, "admin", args[1]);
        String name = "bench" + System.currentTimeMillis() % 100000;
        send(http, base, "POST", "/api/users", admin, "{\"username\":\"" + name + "\",\"displayName\":\"压测\","
                + "\"password\":\"Bench-Initial-2026\",\"department\":\"D00\",\"roles\":[\"DISPATCHER\"]}");
        String first = token(http, base, name, "Bench-Initial-2026");
        send(http, base, "POST", "/api/session/password", first,
                "{\"currentPassword\":\"Bench-Initial-2026\",\"newPassword\":\"Bench-Chosen-2026\"}");
        String dispatcher = token(http, base, name, "Bench-Chosen-2026");
        int requests = Integer.parseInt(args[2]);
        Random random = new Random(7);
        String total = "";
        for (int i = 0; i < 50; i++) {
            total = send(http, base, "GET", "/api/cases?department=D" + String.format("%02d", random.nextInt(20)) + "&size=20", dispatcher, null);
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String path = "/api/cases?department=D" + String.format("%02d", random.nextInt(20)) + "&page="
                    + (1 + random.nextInt(5)) + "&size=20";
            long t0 = System.nanoTime();
            send(http, base, "GET", path, dispatcher, null);
            latencies.add(System.nanoTime() - t0);
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "list of 20 by department, sorted by due date, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%s)%n",
                requests, LetterLoad.percentile(latencies, 50), LetterLoad.percentile(latencies, 95),
                LetterLoad.percentile(latencies, 99), total.substring(total.indexOf("\"total\""), Math.min(total.length(), total.indexOf("\"total\"") + 16)));
    }

    static String token(HttpClient http, String base, String user, String password) throws Exception {
        String body = send(http, base, "POST", "/api/session", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
        int at = body.indexOf("\"token\":\"") + 9;
        return body.substring(at, body.indexOf('"', at));
    }

    static String send(HttpClient http, String base, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
