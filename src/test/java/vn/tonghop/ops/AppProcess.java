package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal instance: the packaged jar in its own JVM, configured by system properties only (as production is by
 * environment variables), its output in a log file. {@link #kill()} is {@code kill -9}: no shutdown hook, no
 * transaction finished, no connection closed cleanly.
 */
final class AppProcess implements AutoCloseable {

    final String name;
    final String baseUrl;
    final Path log;
    private final Process process;

    private AppProcess(String name, Process process, String baseUrl, Path log) {
        this.name = name;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts an instance and waits until {@code /q/health/ready} answers 200. */
    static AppProcess start(String name, Path workDir, Map<String, String> config) {
        return start(name, workDir, Map.of(), config);
    }

    /**
     * Starts an instance with these environment variables (as a Pod's {@code envFrom}) and system properties (which win
     * over them), and waits until {@code /q/health/ready} answers 200.
     */
    static AppProcess start(String name, Path workDir, Map<String, String> env, Map<String, String> config) {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dquarkus.http.port=" + port));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", PackagedApp.jar().toString()));
        try {
            Files.createDirectories(workDir);
            // the project folder: the shared outline templates load from templates-outline/
            ProcessBuilder builder = new ProcessBuilder(command).directory(PackagedApp.PROJECT.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            // a test JVM that ends early must not leave portals behind
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "ops-stop-" + name));
            AppProcess app = new AppProcess(name, process, "http://localhost:" + port, log);
            long start = System.nanoTime();
            app.awaitReady(Duration.ofMinutes(2));
            System.out.printf("[ops] %s ready in %.1f s at %s%n", name, (System.nanoTime() - start) / 1e9, app.baseUrl);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped at start-up: see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(300);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not ready in " + timeout + ": see " + log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A normal stop (SIGTERM), forced after a while. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
