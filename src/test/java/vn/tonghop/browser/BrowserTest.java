package vn.tonghop.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A test that drives the real portal in headless Chromium. Each test method gets a fresh {@link Browser} (profile,
 * cookies and all) in a field of that type; a failed test leaves a screenshot and the page's HTML under
 * {@code target/browser-failures/}. Skipped, with a message, only where Chromium or chromedriver is not installed
 * (outside CI: in CI a missing browser fails the test). The same Quarkus set-up as
 * {@link vn.tonghop.support.PortalTest} (Quarkus reads test resources one annotation deep, so it is repeated here).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@ExtendWith(BrowserExtension.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BrowserTest {
}
