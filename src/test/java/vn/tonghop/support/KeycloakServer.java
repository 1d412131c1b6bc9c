package vn.tonghop.support;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Keycloak (the distribution Maven unpacks into target/keycloak) with the production realm of
 * deployment/keycloak, changed only where a test needs it: tokens live {@link #TOKEN_SECONDS} seconds and any redirect
 * back to the portal's random port is allowed. Keycloak needs Java 21+, found beside the portal's Java 17. Where the
 * distribution or such a Java is missing, the portal starts without it and {@link #unavailable()} says why (CI fails
 * then, as for the browser).
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final int TOKEN_SECONDS = 20;
    static final String REALM = "tonghop";
    static final String SECRET = "change-me-in-production";
    private static final Duration START = Duration.ofMinutes(4);

    private static volatile String realmUrl;
    private static volatile String unavailable;
    private Process process;

    /** The realm's URL while the server runs, else null. */
    public static String realmUrl() {
        return realmUrl;
    }

    /** Why no Keycloak runs, or null. */
    public static String unavailable() {
        return unavailable;
    }

    @Override
    public Map<String, String> start() {
        Path home = Path.of(System.getProperty("tonghop.keycloak.home", "target/keycloak/missing"));
        Optional<Path> java = javaHome21();
        if (!Files.isExecutable(home.resolve("bin/kc.sh")) || java.isEmpty()) {
            unavailable = java.isEmpty() ? "no Java 21+ under /usr/lib/jvm (set -Dtonghop.keycloak.java)"
                    : "no Keycloak at " + home + " (./mvnw test unpacks it)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Keycloak test cannot run in CI: " + unavailable);
            }
            return Map.of();
        }
        try {
            int port = freePort();
            int management = freePort();
            prepare(home);
            List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                    "--http-management-port=" + management, "--import-realm", "--cache=local");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile());
            builder.environment().put("JAVA_HOME", java.get().toString());
            // Java 24+ warns about netty's Unsafe and jboss-threads' access at every start otherwise
            builder.environment().put("JAVA_OPTS_APPEND",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow");
            process = builder.start();
            String url = "http://localhost:" + port + "/realms/" + REALM;
            awaitDiscovery(url, home.resolve("server.log"));
            realmUrl = url;
            unavailable = null;
            return Map.ofEntries(Map.entry("quarkus.oidc.auth-server-url", url),
                    Map.entry("quarkus.oidc.client-id", "tonghop-portal"),
                    Map.entry("quarkus.oidc.credentials.secret", SECRET), Map.entry("quarkus.oidc.token.issuer", url),
                    Map.entry("quarkus.oidc.api.token.issuer", url),
                    Map.entry("quarkus.oidc.token.audience", "tonghop-portal"),
                    Map.entry("quarkus.oidc.api.token.audience", "tonghop-portal"),
                    // the token really expires while the user types, instead of being renewed a minute early
                    Map.entry("quarkus.oidc.token.refresh-token-time-skew", "5S"));
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        realmUrl = null;
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.onExit().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // gone already
            }
            process = null;
        }
    }

    /** A fresh database, and the production realm with short tokens and any redirect back to localhost. */
    private static void prepare(Path home) throws IOException {
        Path h2 = home.resolve("data/h2");
        if (Files.isDirectory(h2)) {
            try (Stream<Path> files = Files.walk(h2)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(Path.of("deployment/keycloak/realm-tonghop.json").toFile());
        realm.put("accessTokenLifespan", TOKEN_SECONDS);
        for (var client : realm.withArray("clients")) {
            ObjectNode c = (ObjectNode) client;
            if (c.has("redirectUris") && !c.get("redirectUris").isEmpty()) {
                ArrayNode uris = c.putArray("redirectUris");
                uris.add("*");
                c.with("attributes").put("post.logout.redirect.uris", "*");
            }
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        json.writeValue(imports.resolve("realm-tonghop.json").toFile(), realm);
    }

    private void awaitDiscovery(String url, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(url + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant until = Instant.now().plus(START);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting:\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Keycloak did not start within " + START.toMinutes() + " min:\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** A JDK of version 21 or newer: -Dtonghop.keycloak.java, else the newest under /usr/lib/jvm. */
    static Optional<Path> javaHome21() {
        String chosen = System.getProperty("tonghop.keycloak.java");
        if (chosen != null) {
            return Optional.of(Path.of(chosen));
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.filter(j -> Files.isExecutable(j.resolve("bin/java")) && feature(j) >= 21).forEach(found::add);
        } catch (IOException e) {
            return Optional.empty();
        }
        return found.stream().max(Comparator.comparingInt(KeycloakServer::feature));
    }

    /** The feature version in a JDK's release file (JAVA_VERSION="25.0.1" → 25), or 0. */
    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
