/**
 * The portal as it is operated (issue 18, points 4 and 5): the production jar, built from the compiled classes by
 * {@link vn.tonghop.ops.PackagedApp}, in JVMs of its own on a PostgreSQL of the test's, with a small OpenID provider
 * and a round-robin proxy written here. {@code ./mvnw test} runs these like any other test (no package phase needed).
 */
package vn.tonghop.ops;
