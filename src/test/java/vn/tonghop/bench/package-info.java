/**
 * The benchmark of the packaged portal at national scale: {@code ./mvnw -Pbench verify} (see README.md, Performance).
 * Compiled with the tests so that it keeps up with the code, but not a test: surefire runs only classes named *Test,
 * and the {@code bench} profile runs {@link vn.tonghop.bench.Benchmark} instead of the tests.
 */
package vn.tonghop.bench;
