package org.govinbox.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * bench/letters.sh, part 1: durable letter submissions per second with N concurrent clients, each POSTing
 * letters for the given seconds; prints the rate and the latency percentiles of the 201 answers.
 * Usage: LetterLoad baseUrl clients seconds
 */
public final class LetterLoad {

    private static java.util.Map<Integer, AtomicInteger> statuses;

    private LetterLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger serial = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.ConcurrentHashMap<Integer, AtomicInteger> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        LetterLoad.statuses = statuses;
        run(http, base, clients, 5, serial, failures, new ArrayList<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        failures.set(0);
        long began = System.nanoTime();
        run(http, base, clients, seconds, serial, failures, latencies);
        double elapsed = (System.nanoTime() - began) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d clients, %.1f s: %d letters stored (%.0f/s), %d failed; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                clients, elapsed, sorted.size(), sorted.size() / elapsed, failures.get(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
        System.out.println("answers by status (warm-up included): " + statuses);
    }

    private static void run(HttpClient http, String base, int clients, int seconds, AtomicInteger serial,
                            AtomicInteger failures, List<Long> latencies) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int n = serial.incrementAndGet();
                    String body = "{\"mailbox\":\"MAYOR\",\"category\":\"SUGGESTION\",\"title\":\"压测来信 " + n
                            + "\",\"content\":\"关于清姜路交通拥堵的建议，第 " + n + " 封。\",\"name\":\"张三\","
                            + "\"phone\":\"13812348000\",\"publicConsent\":false,\"privacyAccepted\":true}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/letters"))
                            .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + n)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            failures.incrementAndGet();
                        }
                        statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
