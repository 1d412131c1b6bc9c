package vn.tonghop.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged portal ({@code target/quarkus-app/quarkus-run.jar}, prod profile) started as a child process on the
 * embedded PostgreSQL, with the {@code api} OIDC tenant verifying bearer tokens by a static public key instead of an
 * identity provider (the browser tenant is switched off). Also reads its memory: RSS from /proc, heap from /q/metrics.
 */
final class Portal implements AutoCloseable {

    static final String ISSUER = "tonghop-bench";
    static final String AUDIENCE = "tonghop-portal";
    private static final Pattern HEAP = Pattern
            .compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.E+-]+)");

    final String baseUrl;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir;

    private Portal(Process process, String baseUrl, Path dataDir) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
    }

    static Portal start(Path projectDir, Path workDir, PublicKey key, String heap, List<String> extraJvmOptions)
            throws IOException, InterruptedException {
        Path jar = projectDir.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": package the portal first (./mvnw -Pbench verify does)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(
                List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap));
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dtonghop.embedded-db.enabled=true",
                "-Dtonghop.embedded-db.data-dir=" + workDir.resolve("postgres"),
                "-Dtonghop.platform-admins=bench.admin", "-Dtonghop.base-url=http://localhost:" + port,
                // no identity provider: the browser tenant is off, /api checks tokens with the bench's public key
                "-Dquarkus.oidc.tenant-enabled=false", "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.api.auth-server-url=",
                "-Dquarkus.oidc.api.public-key=" + Base64.getEncoder().encodeToString(key.getEncoded()),
                "-Dquarkus.oidc.api.token.issuer=" + ISSUER, "-Dquarkus.oidc.api.token.audience=" + AUDIENCE,
                "-Dquarkus.mailer.mock=true", "-jar", jar.toString()));
        Process process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal.log").toFile()).start();
        Portal portal = new Portal(process, "http://localhost:" + port, workDir.resolve("postgres"));
        portal.awaitReady(Duration.ofMinutes(3));
        return portal;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped at start-up: see its log");
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal was not ready in " + timeout);
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the portal's JVM (without its PostgreSQL), in bytes. */
    long rss() {
        return rssOf(process.pid());
    }

    /**
     * Memory of the embedded PostgreSQL's processes, added up as proportional set sizes (shared buffers counted once,
     * not once per backend). pg_ctl detaches the server from the portal, so it is found by its data folder.
     */
    long databaseRss() {
        return postgres().mapToLong(p -> pssOf(p.pid())).sum();
    }

    /** The embedded PostgreSQL's port, from its postmaster.pid (fourth line). */
    int databasePort() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim());
    }

    /** CPU time used so far by the portal's JVM, in milliseconds. */
    long cpuMillis() {
        return cpuOf(process.pid(), false);
    }

    /** CPU time used so far by the embedded PostgreSQL (server, backends, and backends that have ended), in ms. */
    long databaseCpuMillis() {
        return postgres().mapToLong(p -> cpuOf(p.pid(), true)).sum();
    }

    /**
     * The postmaster (the postgres executable started on this data folder) and its processes. The portal's own command
     * line names the data folder too, so the executable is checked: counting the portal here would count it twice.
     */
    private Stream<ProcessHandle> postgres() {
        return ProcessHandle.allProcesses().filter(p -> p.pid() != process.pid())
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir.toString())).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
    }

    /** utime + stime (and, for a parent, its ended children's) from /proc/pid/stat, at 100 ticks a second. */
    private static long cpuOf(long pid, boolean withChildren) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long pssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }

    private static long rssOf(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }

    /** Heap in use now, from the portal's Prometheus metrics (all heap pools added up). */
    long heapUsed() {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = HEAP.matcher(text);
            double sum = 0;
            while (m.find()) {
                sum += Double.parseDouble(m.group(1));
            }
            return (long) sum;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Asks the portal's JVM for a full collection, so that a peak measured next starts from live data only. */
    void gc() {
        try {
            new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no jcmd: the peak then includes garbage not yet collected
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Samples a value every {@code period} while it runs and keeps the highest. */
    static final class Peak implements AutoCloseable {
        private final AtomicLong max = new AtomicLong();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-sampler");
            t.setDaemon(true);
            return t;
        });

        Peak(java.util.function.LongSupplier sample, Duration period) {
            timer.scheduleAtFixedRate(() -> max.accumulateAndGet(sample.getAsLong(), Math::max), 0, period.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        long max() {
            return max.get();
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
