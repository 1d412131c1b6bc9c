package vn.tonghop.browser;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Opens a {@link Browser} before each test, injects it into the test's {@code Browser} fields, keeps a screenshot and
 * the HTML of a failed test, and closes the browser afterwards.
 */
public class BrowserExtension implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    static final Path FAILURES = Path.of("target", "browser-failures");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        String missing = Browser.missingExecutables();
        if (missing != null) {
            String install = ". Install the Debian packages chromium and chromium-driver (.ci/run does).";
            if (System.getenv("CI") != null) {
                Assertions.fail("Browser test cannot run in CI: " + missing + install);
            }
            Assumptions.abort("Browser test skipped: " + missing + install);
        }
        Browser browser = Browser.open();
        context.getStore(NAMESPACE).put(Browser.class, browser);
        Object instance = context.getRequiredTestInstance();
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Browser.class) {
                    field.setAccessible(true);
                    field.set(instance, browser);
                }
            }
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        if (browser == null || context.getExecutionException().isEmpty()) {
            // a passing test leaves no picture of an earlier failure behind
            FAILURES.resolve(name + ".png").toFile().delete();
            FAILURES.resolve(name + ".html").toFile().delete();
            return;
        }
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), browser.screenshot());
            Files.writeString(FAILURES.resolve(name + ".html"),
                    "<!-- " + browser.currentUrl() + " -->\n" + browser.pageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            context.getExecutionException().get().addSuppressed(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }
}
