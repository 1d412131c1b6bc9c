package vn.tonghop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts a run's table in README.md under "Performance", between markers of its scale, replacing the table of the
 * previous run of that scale.
 */
final class Readme {

    private Readme() {
    }

    static void update(Path readme, String scale, String table) throws IOException {
        String text = Files.readString(readme);
        String begin = "<!-- bench:" + scale + " -->";
        String end = "<!-- /bench:" + scale + " -->";
        String block = begin + "\n" + table.strip() + "\n" + end;
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from >= 0 && to > from) {
            text = text.substring(0, from) + block + text.substring(to + end.length());
        } else {
            int section = text.indexOf("\n## Performance");
            if (section < 0) {
                text = text.stripTrailing() + "\n\n## Performance\n\n" + block + "\n";
            } else {
                int next = text.indexOf("\n## ", section + 1);
                int at = next < 0 ? text.length() : next;
                text = text.substring(0, at).stripTrailing() + "\n\n" + block + "\n" + text.substring(at);
            }
        }
        Files.writeString(readme, text);
    }
}
