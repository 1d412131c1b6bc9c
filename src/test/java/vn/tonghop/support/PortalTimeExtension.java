package vn.tonghop.support;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import vn.tonghop.platform.time.PortalClock;

/**
 * Behind {@link PortalTime}: fixes the {@link PortalClock} bean at the annotated instant before each test, and resets
 * it after each test. JUnit runs extensions' {@code beforeEach} before the class's {@code @BeforeEach} methods and
 * their {@code afterEach} after its {@code @AfterEach} methods.
 */
public class PortalTimeExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        PortalTime time = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), PortalTime.class)
                .orElseThrow(() -> new ExtensionConfigurationException(
                        "PortalTimeExtension needs @PortalTime on " + context.getRequiredTestClass().getName()));
        Scenario.at(clock(context), instant(time.value()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        clock(context).set(null);
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@PortalTime needs an ISO-8601 instant such as "
                    + Scenario.APRIL_22_2017_TEXT + ", not '" + text + "'", e);
        }
    }

    private static PortalClock clock(ExtensionContext context) {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            throw new ExtensionConfigurationException("@PortalTime on " + context.getRequiredTestClass().getName()
                    + " needs a running Quarkus application: put it on a @PortalTest or @BrowserTest class");
        }
        return container.instance(PortalClock.class).get();
    }
}
