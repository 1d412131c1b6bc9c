package vn.tonghop.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The public JSON API as another system calls it: a bearer token of the provider, and a polite client's retry when the
 * portal answers {@code 503} (busy, with {@code Retry-After}). A connection that breaks is an answer of status -1: the
 * call was not acknowledged.
 */
final class ApiClient {

    /** One call's answer, and the instance that gave it (behind the proxy). */
    record Answer(int status, String body, String servedBy) {
        Answer(int status, String body) {
            this(status, body, null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON: " + body, e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final IdentityProvider idp;
    private volatile String baseUrl;

    ApiClient(IdentityProvider idp, String baseUrl) {
        this.idp = idp;
        this.baseUrl = baseUrl;
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }

    Answer get(String user, String path) {
        return send(user, "GET", path, null, null);
    }

    Answer put(String user, String path, Object body) {
        return send(user, "PUT", path, "application/json", json(body));
    }

    Answer post(String user, String path, Object body) {
        return send(user, "POST", path, "application/json", json(body));
    }

    Answer postFile(String user, String path, String contentType, String text) {
        return send(user, "POST", path, contentType, text);
    }

    /** The answer, or a failure with what the portal said. */
    static Answer expect(Answer a, String what) {
        if (!a.ok()) {
            throw new AssertionError(what + ": HTTP " + a.status() + " " + a.body());
        }
        return a;
    }

    private Answer send(String user, String method, String path, String contentType, String body) {
        for (int attempt = 0;; attempt++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + idp.token(user));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            Answer a;
            long retryAfter = 1;
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                a = new Answer(r.statusCode(), r.body(), r.headers().firstValue("X-Served-By").orElse(null));
                retryAfter = r.headers().firstValueAsLong("Retry-After").orElse(1);
            } catch (IOException e) {
                return new Answer(-1, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(-1, e.toString());
            }
            if (a.status() != 503 || attempt >= 30) {
                return a;
            }
            AppProcess.sleep(Math.min(retryAfter, 2) * 1000);
        }
    }

    static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
