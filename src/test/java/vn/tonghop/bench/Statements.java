package vn.tonghop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * PostgreSQL's own account of a measured phase (pg_stat_statements, preloaded with {@code -Dbench.pgstat=true}): every
 * statement with its calls and time per commune, the most expensive first.
 */
final class Statements {

    private final String url;

    private Statements(int port) {
        this.url = "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    static Statements reset(int port) throws SQLException {
        Statements s = new Statements(port);
        try (Connection c = s.connect();
                Statement st = c.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
            st.execute("select pg_stat_statements_reset()");
        }
        return s;
    }

    void write(Path file, int communes) throws SQLException, IOException {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%10s %10s %10s %10s  %s%n", "calls/c", "ms/c",
                "ms/call", "rows/call", "query"));
        double calls = 0;
        double ms = 0;
        try (Connection c = connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select calls, total_exec_time + total_plan_time, rows,"
                        + " regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                        + " where query not like '%pg_stat_statements%' order by 2 desc")) {
            while (rs.next()) {
                long n = rs.getLong(1);
                calls += n;
                ms += rs.getDouble(2);
                out.append(String.format(Locale.ROOT, "%10.2f %10.3f %10.3f %10.1f  %s%n", n / (double) communes,
                        rs.getDouble(2) / communes, rs.getDouble(2) / Math.max(1, n),
                        rs.getLong(3) / (double) Math.max(1, n), rs.getString(4)));
            }
        }
        out.insert(0, String.format(Locale.ROOT, "per commune: %.1f statements, %.2f ms in the server%n%n",
                calls / communes, ms / communes));
        Files.writeString(file, out);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
