package vn.tonghop.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fixes the portal's clock ({@link vn.tonghop.platform.time.PortalClock}) at an instant for every test of the class,
 * and puts it back to the real time after each test. Place it after {@link PortalTest} (or the browser test
 * annotation):
 *
 * <pre>
 * &#64;PortalTest
 * &#64;PortalTime(Scenario.APRIL_22_2017_TEXT)
 * class SomeTest {
 * </pre>
 *
 * The clock is set before the class's own {@code @BeforeEach} methods run, so their set-up already happens at that
 * instant, and reset after its {@code @AfterEach} methods. A test may still move the clock itself (inject
 * {@code PortalClock} and call {@code Scenario.at}); the next test starts again at the annotated instant.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PortalTimeExtension.class)
public @interface PortalTime {

    /** The instant, in ISO-8601 with a Z or an offset ({@code 2017-04-22T01:00:00Z}, 22/4/2017 08:00 in Vietnam). */
    String value();
}
