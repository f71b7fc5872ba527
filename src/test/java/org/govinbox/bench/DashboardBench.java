package org.govinbox.bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bench/dashboard.sh, part 3: over the seeded letters, one request at a time, the latency percentiles of the
 * dashboard's answers beside {@code /api/site} in the same run; the public statistics once uncached and then from the
 * cache; an export of about 100,000 rows as CSV and XLSX, with the server's resident memory sampled while it streams.
 * Usage: DashboardBench baseUrl adminPassword requests serverPid
 */
public final class DashboardBench {

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int requests = Integer.parseInt(args[2]);
        String pid = args[3];
        HttpClient http = HttpClient.newHttpClient();
        String admin = ListLatency.token(http, base, "admin", args[1]);
        String name = "bench" + System.currentTimeMillis() % 100000;
        try {
            ListLatency.send(http, base, "POST", "/api/departments", admin, "{\"code\":\"ZFB\",\"name\":\"区政府办公室\",\"kind\":\"OFFICE\"}");
        } catch (IllegalStateException taken) {
            // a rerun on the same data: the office is there
        }
        ListLatency.send(http, base, "POST", "/api/users", admin, "{\"username\":\"" + name + "\",\"displayName\":\"压测\","
                + "\"password\":\"Bench-Initial-2026\",\"department\":\"ZFB\",\"roles\":[\"DISPATCHER\"]}");
        String initial = ListLatency.token(http, base, name, "Bench-Initial-2026");
        ListLatency.send(http, base, "POST", "/api/session/password", initial,
                "{\"currentPassword\":\"Bench-Initial-2026\",\"newPassword\":\"Bench-Chosen-2026\"}");
        String office = ListLatency.token(http, base, name, "Bench-Chosen-2026");

        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("/api/site (baseline)", "/api/site");
        for (String group : List.of("department", "month", "channel", "category")) {
            questions.put("letters 2026 by " + group, "/api/stats/cases?type=LETTER&from=2026-01-01&to=2026-12-31&groupBy=" + group);
        }
        questions.put("letters 2024-2026 by month", "/api/stats/cases?type=LETTER&from=2024-01-01&to=2026-12-31&groupBy=month");
        questions.put("every type 2026 by type", "/api/stats/cases?from=2026-01-01&to=2026-12-31&groupBy=type");
        questions.put("one department 2026 by month", "/api/stats/cases?type=LETTER&from=2026-01-01&to=2026-12-31&groupBy=month&department=D07");
        questions.put("work queue", "/api/stats/queue");
        questions.put("year 2026 figures", "/api/stats/year/2026");
        questions.put("overdue list, page 1", "/api/cases?due=OVERDUE&size=20");
        questions.put("public letters list, page 1", "/api/stats/public/letters?year=2026&size=20");

        long t0 = System.nanoTime();
        ListLatency.send(http, base, "GET", "/api/stats/public?year=2025", null, null);
        double uncached = (System.nanoTime() - t0) / 1e6;
        questions.put("public statistics 2025 (cached)", "/api/stats/public?year=2025");

        for (Map.Entry<String, String> q : questions.entrySet()) {
            String token = q.getValue().startsWith("/api/stats/public") || q.getValue().equals("/api/site") ? null : office;
            for (int i = 0; i < 5; i++) {
                ListLatency.send(http, base, "GET", q.getValue(), token, null);
            }
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                ListLatency.send(http, base, "GET", q.getValue(), token, null);
                latencies.add(System.nanoTime() - start);
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "%-34s p50 %7.1f ms   p95 %7.1f ms   (%d requests)%n", q.getKey(),
                    LetterLoad.percentile(latencies, 50), LetterLoad.percentile(latencies, 95), requests);
        }
        System.out.printf(Locale.ROOT, "public statistics 2025, first (uncached) answer: %.1f ms%n", uncached);

        for (String format : List.of("csv", "xlsx")) {
            String path = "/api/cases/export?from=2026-03-01&to=2026-06-15&format=" + format;
            long before = rss(pid);
            long[] peak = {before};
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak[0] = Math.max(peak[0], rss(pid));
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + office).build(), HttpResponse.BodyHandlers.ofInputStream());
            Path file = Files.createTempFile("export", "." + format);
            long bytes;
            try (InputStream in = response.body()) {
                bytes = Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            long rows = format.equals("csv") ? Files.lines(file).count() - 1 : -1;
            Files.delete(file);
            System.out.printf(Locale.ROOT, "export %s: status %d, %s%.1f MB in %.1f s; server RSS %d MB before, %d MB at most while streaming%n",
                    format, response.statusCode(), rows >= 0 ? rows + " rows, " : "", bytes / 1048576.0, seconds,
                    before / 1024, peak[0] / 1024);
        }
    }

    /** The server's resident memory in KiB (VmRSS). */
    static long rss(String pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
