package org.govinbox.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/disclosure.sh: the disclosure portal over 100,000 items on a real server.
 * <ul>
 * <li>{@code import base adminPassword files rows}: generates CSV files of realistic rows and imports them one after
 * the other through the API, printing rows per second (upload to durable and public) and when search has them;</li>
 * <li>{@code throughput base clients seconds}: requests per second of the public catalogue (paged, filtered, cached)
 * and, in the same run, of {@code /api/site}, a trivial JSON endpoint of the same server;</li>
 * <li>{@code search base requests}: latency percentiles of Chinese searches, each query distinct (no cache hit),
 * and of first-time catalogue pages (the database path).</li>
 * </ul>
 * It prints with System.out on purpose: it is a command-line tool.
 */
public final class DisclosureBench {

    static final String[] WORDS = {"法治政府", "政府信息公开", "预算", "环境保护", "安全生产", "食品安全", "征地补偿",
        "价格监测", "行政审批", "三公经费", "规范性文件", "公共服务", "城市管理", "教育", "医疗卫生", "社会救助",
        "重大项目", "招标采购", "就业创业", "养老服务", "乡村振兴", "交通运输", "防汛", "营商环境", "人事任免"};
    static final String[] DOMAINS = {"ADMIN_APPROVAL", "BUDGET", "THREE_PUBLIC_EXPENSES", "FOOD_DRUG", "ENVIRONMENT",
        "WORK_SAFETY", "PRICES", "LAND"};
    static final String[] GENRES = {"通知", "决定", "意见", "报告", "规划", "公告", "通告", "办法"};

    private DisclosureBench() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        switch (args[0]) {
            case "import" -> importFiles(http, args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "throughput" -> throughput(http, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "search" -> search(http, args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void importFiles(HttpClient http, String base, String password, int files, int rows) throws Exception {
        String admin = token(http, base, "admin", password);
        send(http, base, "POST", "/api/departments", admin, "{\"code\":\"BENCHOFFICE\",\"name\":\"区政府办公室\",\"kind\":\"OFFICE\"}", 201, 409);
        String user = "benchpub" + System.currentTimeMillis() % 100000;
        send(http, base, "POST", "/api/users", admin, "{\"username\":\"" + user + "\",\"displayName\":\"压测\","
                + "\"password\":\"Bench-Initial-2026\",\"department\":\"BENCHOFFICE\",\"roles\":[\"PUBLISHER\"]}", 201);
        String first = token(http, base, user, "Bench-Initial-2026");
        send(http, base, "POST", "/api/session/password", first,
                "{\"currentPassword\":\"Bench-Initial-2026\",\"newPassword\":\"Bench-Chosen-2026\"}", 204);
        String publisher = token(http, base, user, "Bench-Chosen-2026");
        Random random = new Random(11);
        long totalRows = 0;
        double totalSeconds = 0;
        long wallStart = System.nanoTime();
        int serial = 0;
        for (int f = 0; f < files; f++) {
            String marker = "批次" + (char) ('甲' + f);
            byte[] csv = csv(random, rows, f, marker).getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/disclosures/imports"))
                    .header("Authorization", "Bearer " + publisher).header("Content-Type", "text/csv")
                    .header("X-Filename", "bench-" + f + ".csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
            HttpResponse<String> started = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                throw new IllegalStateException("import → " + started.statusCode() + " " + started.body());
            }
            String id = field(started.body(), "id");
            String job;
            do {
                Thread.sleep(200);
                job = send(http, base, "GET", "/api/disclosures/imports/" + id, publisher, null, 200);
            } while (job.contains("\"state\":\"CHECKING\"") || job.contains("\"state\":\"IMPORTING\""));
            if (!job.contains("\"state\":\"DONE\"")) {
                throw new IllegalStateException("import " + id + ": " + job);
            }
            double seconds = Duration.between(Instant.parse(field(job, "startedAt")), Instant.parse(field(job, "finishedAt")))
                    .toMillis() / 1000.0;
            totalRows += rows;
            totalSeconds += seconds;
            System.out.printf(Locale.ROOT, "file %d: %d rows (%.1f MB) checked, stored, published and indexed in %.1f s = %.0f rows/s%n",
                    f + 1, rows, csv.length / 1048576.0, seconds, rows / seconds);
        }
        System.out.printf(Locale.ROOT, "import: %d rows in %.1f s of jobs = %.0f rows/s (upload and polling excluded)%n",
                totalRows, totalSeconds, totalRows / totalSeconds);
        // every generated body says 通知: the index has all rows when the search counts them all
        String found;
        do {
            Thread.sleep(200);
            found = send(http, base, "GET", "/api/disclosures?q=" + enc("通知") + "&size=1&page=" + (1 + serial++), null, null, 200);
        } while (Long.parseLong(field(found, "total")) < totalRows);
        System.out.printf(Locale.ROOT, "first upload to the last file searchable: %.1f s for %d rows%n",
                (System.nanoTime() - wallStart) / 1e9, totalRows);
    }

    static String csv(Random random, int rows, int file, String marker) {
        StringBuilder csv = new StringBuilder(rows * 400);
        csv.append("标题,文号,发布机构,成文日期,发布日期,领域,主题分类,体裁,关键词,摘要,正文,有效性\n");
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int r = 0; r < rows; r++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String other = WORDS[random.nextInt(WORDS.length)];
            LocalDate written = start.plusDays(random.nextInt(2500));
            LocalDate published = written.plusDays(random.nextInt(40));
            int year = written.getYear();
            csv.append("关于").append(word).append("工作的").append(GENRES[random.nextInt(GENRES.length)])
                    .append("（").append(marker).append("第").append(r + 1).append("号）,")
                    .append("宝渭政办发〔").append(year).append("〕").append(1 + random.nextInt(300)).append("号,")
                    .append("BENCHOFFICE,").append(written).append(',').append(published).append(',')
                    .append(DOMAINS[random.nextInt(DOMAINS.length)]).append(",综合政务,")
                    .append(GENRES[random.nextInt(GENRES.length)]).append(',').append(word).append(' ').append(other)
                    .append(',').append("做好").append(word).append("有关工作").append(',')
                    .append("\"<p>为进一步做好").append(word).append("工作，根据有关规定，结合本区实际，现就").append(other)
                    .append("有关事项通知如下。</p><p>一、提高认识，加强领导。各单位要把").append(word)
                    .append("作为重要任务，明确责任分工，确保各项措施落到实处。</p><p>二、依法依规，公开透明。")
                    .append("按照政府信息公开的要求，及时向社会公开").append(other).append("相关信息，接受群众监督。</p>\",")
                    .append(random.nextInt(20) == 0 ? "失效" : "有效").append('\n');
        }
        return csv.toString();
    }

    static void throughput(HttpClient http, String base, int clients, int seconds) throws Exception {
        List<String> catalogue = new ArrayList<>();
        for (String domain : DOMAINS) {
            for (int page = 1; page <= 5; page++) {
                catalogue.add("/api/disclosures?domain=" + domain + "&page=" + page + "&size=20");
            }
        }
        for (int page = 1; page <= 10; page++) {
            catalogue.add("/api/disclosures?page=" + page + "&size=20");
            catalogue.add("/api/disclosures?year=2024&page=" + page + "&size=20");
        }
        catalogue.add("/api/domains");
        for (String path : catalogue) {
            send(http, base, "GET", path, null, null, 200);
        }
        for (int round = 1; round <= 2; round++) {
            double site = rate(http, base, List.of("/api/site"), clients, seconds);
            double pages = rate(http, base, catalogue, clients, seconds);
            System.out.printf(Locale.ROOT, "round %d, %d clients, %d s each: trivial JSON /api/site %.0f req/s; public "
                    + "catalogue (%d distinct pages of 20, cached) %.0f req/s; ratio %.2f%n", round, clients, seconds,
                    site, catalogue.size(), pages, pages / site);
        }
    }

    private static double rate(HttpClient http, String base, List<String> paths, int clients, int seconds) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> all = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            all.add(pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                            .header("Accept", "application/json").GET().build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) {
                            done.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        if (failed.get() > 0) {
            System.out.println("failed requests: " + failed.get());
        }
        return done.get() / ((System.nanoTime() - began) / 1e9);
    }

    static void search(HttpClient http, String base, int requests) throws Exception {
        Random random = new Random(3);
        Set<String> queries = new LinkedHashSet<>();
        while (queries.size() < requests) {
            String q = WORDS[random.nextInt(WORDS.length)];
            StringBuilder path = new StringBuilder("/api/disclosures?q=").append(enc(q));
            switch (random.nextInt(4)) {
                case 1 -> path.append("&domain=").append(DOMAINS[random.nextInt(DOMAINS.length)]);
                case 2 -> path.append("&year=").append(2019 + random.nextInt(7));
                case 3 -> path.append("&domain=").append(DOMAINS[random.nextInt(DOMAINS.length)]).append("&year=")
                        .append(2019 + random.nextInt(7));
                default -> { }
            }
            path.append("&page=").append(1 + random.nextInt(20)).append("&size=20");
            queries.add(path.toString());
        }
        for (int i = 0; i < 30; i++) {
            send(http, base, "GET", "/api/disclosures?q=" + enc(WORDS[i % WORDS.length]) + "&page=30&size=10", null, null, 200);
        }
        List<Long> latencies = new ArrayList<>();
        long hits = 0;
        for (String path : queries) {
            long t0 = System.nanoTime();
            String body = send(http, base, "GET", path, null, null, 200);
            latencies.add(System.nanoTime() - t0);
            hits += Long.parseLong(field(body, "total"));
        }
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "search: %d distinct queries (a word, maybe domain/year, a page of 20; %.0f hits on "
                + "average): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", requests, hits / (double) requests,
                LetterLoad.percentile(latencies, 50), LetterLoad.percentile(latencies, 95), LetterLoad.percentile(latencies, 99));
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String path = "/api/disclosures?domain=" + DOMAINS[i % DOMAINS.length] + "&page=" + (20 + i) + "&size=20"
                    + (i % 2 == 0 ? "&sort=title&order=asc" : "");
            long t0 = System.nanoTime();
            send(http, base, "GET", path, null, null, 200);
            cold.add(System.nanoTime() - t0);
        }
        Collections.sort(cold);
        System.out.printf(Locale.ROOT, "catalogue pages asked for the first time (database, not cache): p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms%n", LetterLoad.percentile(cold, 50), LetterLoad.percentile(cold, 95),
                LetterLoad.percentile(cold, 99));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        if (at < 0) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        int from = at + name.length() + 3;
        boolean quoted = json.charAt(from) == '"';
        int start = quoted ? from + 1 : from;
        int stop = start;
        while (stop < json.length() && (quoted ? json.charAt(stop) != '"' : ",}".indexOf(json.charAt(stop)) < 0)) {
            stop++;
        }
        return json.substring(start, stop);
    }

    private static String token(HttpClient http, String base, String user, String password) throws Exception {
        String body = send(http, base, "POST", "/api/session", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", 200);
        return field(body, "token");
    }

    private static String send(HttpClient http, String base, String method, String path, String token, String body,
                               int... ok) throws Exception {
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
        for (int status : ok) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
    }
}
