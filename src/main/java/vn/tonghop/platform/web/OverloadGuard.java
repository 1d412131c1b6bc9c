package vn.tonghop.platform.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;

/**
 * Bounds the requests in flight. A request beyond the bound is answered at once with 503, Retry-After and a message in
 * the user's language, before it touches the database: nothing of it was done, so a retry loses nothing. The permit is
 * given back when the response ends or the connection closes, whatever the request did.
 */
@ApplicationScoped
public class OverloadGuard {

    @Inject
    OverloadConfig config;

    private Semaphore permits;
    private final AtomicLong refused = new AtomicLong();

    void install(@Observes Router router) {
        permits = new Semaphore(config.maxInFlight());
        router.route().order(-1000).handler(this::handle);
    }

    /** Requests refused since start: the bench reads it. */
    public long refused() {
        return refused.get();
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/") || path.startsWith("/q/")
                || path.equals("/favicon.ico")) {
            ctx.next();
            return;
        }
        if (!permits.tryAcquire()) {
            refused.incrementAndGet();
            refuse(ctx, path);
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        };
        ctx.addEndHandler(v -> release.run());
        ctx.request().connection().closeHandler(v -> release.run());
        ctx.next();
    }

    private void refuse(RoutingContext ctx, String path) {
        AppMessages m = Messages.forLocale(Messages.VIETNAMESE);
        String cookie = ctx.request().getCookie(Messages.COOKIE) == null ? null
                : ctx.request().getCookie(Messages.COOKIE).getValue();
        if ("en".equals(cookie)) {
            m = Messages.forLocale(java.util.Locale.ENGLISH);
        }
        ctx.response().setStatusCode(503).putHeader("Retry-After", String.valueOf(config.retryAfterSeconds()))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (path.startsWith("/api")) {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                    .end(io.vertx.core.json.Json.encode(new ErrorBody(503, "Service Unavailable",
                            java.util.List.of(m.busy(config.retryAfterSeconds())))));
            return;
        }
        // a page asked for again by itself; a form sent is not re-sent blindly: the browser's back keeps what was typed
        boolean read = "GET".equals(ctx.request().method().name());
        String html = "<!doctype html><html lang=\"" + ("en".equals(cookie) ? "en" : "vi") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (read ? "<meta http-equiv=\"refresh\" content=\"" + config.retryAfterSeconds() + "\">" : "")
                + "<title>" + escape(m.busyTitle()) + "</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5\">"
                + "<h1 style=\"font-size:1.4rem\">" + escape(m.busyTitle()) + "</h1><p>"
                + escape(read ? m.busy(config.retryAfterSeconds()) : m.busyForm()) + "</p><p>"
                + (read ? "<a href=\"\">" + escape(m.retryNow()) + "</a>"
                        : "<a href=\"javascript:history.back()\">" + escape(m.goBack()) + "</a>")
                + " · <a href=\"/\">" + escape(m.backHome()) + "</a></p></body></html>";
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8").end(html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
