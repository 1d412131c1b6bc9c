package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;

import io.quarkus.bootstrap.app.AugmentResult;
import io.quarkus.bootstrap.app.CuratedApplication;
import io.quarkus.bootstrap.app.QuarkusBootstrap;

/**
 * The portal packaged as in production (fast-jar, prod profile, no demo data), built from the compiled classes by
 * Quarkus' own bootstrap, as {@code quarkus:build} does, so that {@code ./mvnw test} can run it in separate JVMs before
 * the package phase. Built once per test JVM into {@code target/ops-app}; kept while nothing compiled or the POM is
 * newer.
 */
final class PackagedApp {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path CLASSES = PROJECT.resolve("target/classes");
    private static final Path OUT = PROJECT.resolve("target/ops-app");
    private static Path jar;

    private PackagedApp() {
    }

    /** The runnable jar ({@code quarkus-run.jar}), built first when missing or older than the classes. */
    static synchronized Path jar() {
        if (jar != null) {
            return jar;
        }
        Path built = OUT.resolve("quarkus-app/quarkus-run.jar");
        try {
            if (!Files.exists(built) || newestInput().compareTo(Files.getLastModifiedTime(built)) > 0) {
                build();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jar = built;
        return jar;
    }

    private static void build() throws IOException {
        deleteRecursively(OUT);
        QuarkusBootstrap.Builder builder = QuarkusBootstrap.builder().setApplicationRoot(CLASSES)
                .setProjectRoot(PROJECT).setMode(QuarkusBootstrap.Mode.PROD).setLocalProjectDiscovery(true)
                .setIsolateDeployment(true).setBaseName("tonghop").setTargetDirectory(OUT)
                .addExcludedPath(PROJECT.resolve("target/test-classes"));
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (CuratedApplication app = builder.build().bootstrap()) {
            AugmentResult result = app.createAugmentor().createProductionApplication();
            if (!Files.exists(result.getJar().getPath())) {
                throw new IllegalStateException("The build made no jar: " + result.getJar().getPath());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Packaging the portal failed", e);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    private static FileTime newestInput() throws IOException {
        FileTime newest = Files.getLastModifiedTime(PROJECT.resolve("pom.xml"));
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                if (t.compareTo(newest) > 0) {
                    newest = t;
                }
            }
        }
        return newest;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
