package vn.tonghop.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Files of one job: no Java source and no page script over {@link #MAX} lines (README, Code map). A file that grows
 * past it is split along its seams, as CampaignService and submission.js were.
 */
class FileSizeTest {

    static final int MAX = 400;

    @Test
    void noSourceFileIsOverTheLimit() throws IOException {
        List<String> big = Stream.concat(files(Path.of("src/main/java"), ".java"),
                files(Path.of("src/main/resources/META-INF/resources/static"), ".js")).flatMap(f -> {
                    long lines = lines(f);
                    return lines > MAX ? Stream.of(f + " (" + lines + " lines)") : Stream.empty();
                }).sorted().toList();
        assertEquals(List.of(), big, "split these files along their seams");
    }

    private static Stream<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList().stream();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
