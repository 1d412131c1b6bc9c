package vn.tonghop.user;

import java.util.List;

import vn.tonghop.platform.files.TabularFile;
import vn.tonghop.platform.i18n.AppMessages;

/**
 * The membership file, CSV (UTF-8) or Excel: a header row {@code username,displayName,unitCode,role} (and optionally
 * {@code email}, where the portal sends the person's notifications), then one person per row. Read with
 * {@link TabularFile}; {@link MembershipImportService} checks what the rows mean.
 */
final class MembershipFile {

    static final List<String> COLUMNS = List.of("username", "displayName", "unitCode", "role", "email");
    static final List<String> REQUIRED = List.of("username", "unitCode", "role");

    /** One data row as written; {@code line} is its line in the file (the header is line 1). */
    record Line(int line, String username, String displayName, String unitCode, String role, String email) {
    }

    private MembershipFile() {
    }

    /** The rows of an import file, or why it is refused whole. */
    static List<Line> read(byte[] data, int maxRows, AppMessages m) throws TabularFile.RefusedException {
        return TabularFile.read(data, COLUMNS, REQUIRED, maxRows, m).stream().map(r -> new Line(r.line(),
                r.get("username"), r.get("displayName"), r.get("unitCode"), r.get("role"), r.get("email"))).toList();
    }
}
