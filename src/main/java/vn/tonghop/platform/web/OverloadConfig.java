package vn.tonghop.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much work the portal takes at once before it answers "busy, retry" instead of queueing without end. */
@ConfigMapping(prefix = "tonghop.overload")
public interface OverloadConfig {

    /**
     * Requests served at once (pages and API; static files and health checks aside). Beyond it a request is answered
     * 503 at once: a bounded queue in front of the connection pool instead of waits that end in timeouts.
     */
    @WithDefault("48")
    int maxInFlight();

    /** Seconds a refused client is told to wait before it retries. */
    @WithDefault("2")
    int retryAfterSeconds();
}
