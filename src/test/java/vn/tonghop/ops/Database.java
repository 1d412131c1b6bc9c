package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of the test's own, outside every portal JVM, on a data folder that outlives it: the portals are
 * pointed at it by JDBC URL, as production's are at an external server. {@link #restart()} stops it cleanly and starts
 * it again on the same folder.
 */
final class Database implements AutoCloseable {

    private final Path dataDir;
    private EmbeddedPostgres server;
    /** Kept across restarts, so that running portals find the server again where they left it. */
    private int port;

    private Database(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A new, empty server on {@code dataDir} (removed first). */
    static Database fresh(Path dataDir) {
        try {
            PackagedApp.deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Database db = new Database(dataDir);
        db.start();
        return db;
    }

    private void start() {
        try {
            // durability as in production: the library's default is synchronous_commit=off
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC").setServerConfig("max_connections", "200")
                    .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(90)).start();
            port = server.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL on " + dataDir, e);
        }
    }

    /** Stops the server cleanly and starts it again on the same data folder and port. */
    void restart() {
        stop();
        start();
    }

    /** Stops the server cleanly (a database outage, as the portals see it). */
    void stop() {
        close();
    }

    /** Starts the server again after {@link #stop()}, on the same data folder and port. */
    void startAgain() {
        start();
    }

    /** What a portal needs to use this server (the datasource by URL; no embedded server of its own). */
    Map<String, String> portalConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("tonghop.embedded-db.enabled", "false");
        c.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/postgres");
        c.put("quarkus.datasource.username", "postgres");
        c.put("quarkus.datasource.password", "postgres");
        return c;
    }

    /** Rows of a query as column-name maps. */
    List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = server.getPostgresDatabase().getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... params) {
        return ((Number) query(sql, params).get(0).values().iterator().next()).longValue();
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }
}
