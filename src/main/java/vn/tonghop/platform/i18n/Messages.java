package vn.tonghop.platform.i18n;

import java.util.Locale;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The user's language for this request: the {@code lang} cookie set by the language switch, else the browser's
 * Accept-Language, else Vietnamese.
 */
@RequestScoped
public class Messages {

    public static final String COOKIE = "lang";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    Instance<HttpServerRequest> request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public AppMessages get() {
        return forLocale(locale());
    }

    public static AppMessages forLocale(Locale locale) {
        return "en".equals(locale.getLanguage()) ? MessageBundles.get(AppMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AppMessages.class);
    }

    /** A feature's message bundle in the user's language (looked up once per bundle and language). */
    public <T> T bundle(Class<T> type) {
        boolean english = "en".equals(locale().getLanguage());
        return type.cast((english ? ENGLISH_BUNDLES : BUNDLES).computeIfAbsent(type,
                t -> english ? MessageBundles.get(t, Localized.Literal.of("en")) : MessageBundles.get(t)));
    }

    private static final java.util.Map<Class<?>, Object> BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Class<?>, Object> ENGLISH_BUNDLES = new java.util.concurrent.ConcurrentHashMap<>();

    public TemplateInstance localise(TemplateInstance template) {
        return template.setLocale(locale());
    }

    private Locale resolve() {
        if (!request.isResolvable()) {
            return VIETNAMESE;
        }
        try {
            HttpServerRequest http = request.get();
            Cookie cookie = http.getCookie(COOKIE);
            if (cookie != null) {
                return "en".equals(cookie.getValue()) ? Locale.ENGLISH : VIETNAMESE;
            }
            String accept = http.getHeader("Accept-Language");
            if (accept != null && accept.trim().toLowerCase().startsWith("en")) {
                return Locale.ENGLISH;
            }
        } catch (RuntimeException e) {
            // no HTTP request behind this context (a job or a loader)
        }
        return VIETNAMESE;
    }
}
