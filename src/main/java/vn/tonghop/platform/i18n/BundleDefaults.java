package vn.tonghop.platform.i18n;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * A message bundle in its own language (Vietnamese) without the container: each method renders its {@code @Message}
 * template with a stand-alone Qute engine, the arguments named after the method's parameters. For code that also runs
 * outside CDI, such as the template parser in plain unit tests, and for answers that stay Vietnamese whatever the
 * reader's language (the JSON API); pages ask {@link Messages#bundle} for the reader's language instead.
 * <p>
 * The templates may use what stand-alone Qute knows ({@code {name}}, {@code {#if}}, {@code {#when}}) but not other
 * bundles' namespaces or template extensions.
 */
public final class BundleDefaults {

    private static final Engine ENGINE = Engine.builder().addDefaults().build();
    private static final Map<Method, Template> TEMPLATES = new ConcurrentHashMap<>();

    private BundleDefaults() {
    }

    public static <T> T of(Class<T> bundle) {
        if (!bundle.isInterface() || !bundle.isAnnotationPresent(MessageBundle.class)) {
            throw new IllegalArgumentException(bundle.getName() + " is not a @MessageBundle interface");
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> bundle.getSimpleName() + "(vi)";
                };
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return render(method, args);
        };
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle }, handler));
    }

    private static String render(Method method, Object[] args) {
        Template template = TEMPLATES.computeIfAbsent(method, m -> {
            Message message = m.getAnnotation(Message.class);
            if (message == null || message.value().equals(Message.DEFAULT_VALUE)) {
                throw new IllegalStateException(m + " has no @Message text");
            }
            return ENGINE.parse(message.value());
        });
        TemplateInstance instance = template.instance();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            instance.data(parameters[i].getName(), args[i]);
        }
        return instance.render();
    }
}
