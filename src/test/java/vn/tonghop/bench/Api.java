package vn.tonghop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The portal's JSON API as the load generator calls it: bearer tokens signed with a key pair made at start (the portal
 * is given its public half), one HTTP/1.1 client whose connections are kept alive.
 */
final class Api {

    /** One call's outcome and how long it took; {@code retryAfter} the seconds a 503 asks to wait (else 0). */
    record Answer(int status, String body, long nanos, int retryAfter) {
        Answer(int status, String body, long nanos) {
            this(status, body, nanos, 0);
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

    final KeyPair keys;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final HttpClient http;
    private String baseUrl;
    /** Outside the measured stages a 503 is waited out and sent again, as the pages do; the stages count them. */
    private volatile boolean patient = true;

    Api() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }

    void patient(boolean patient) {
        this.patient = patient;
    }

    /** The bearer token of a login: what the identity provider would issue, with the login as {@code upn}. */
    String token(String username) {
        return tokens.computeIfAbsent(username, u -> {
            try {
                JwtClaims claims = new JwtClaims();
                claims.setIssuer(Portal.ISSUER);
                claims.setAudience(Portal.AUDIENCE);
                claims.setSubject(u);
                claims.setClaim("upn", u);
                claims.setIssuedAtToNow();
                claims.setExpirationTimeMinutesInTheFuture(8 * 60);
                claims.setGeneratedJwtId();
                JsonWebSignature jws = new JsonWebSignature();
                jws.setPayload(claims.toJson());
                jws.setKey(keys.getPrivate());
                jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** GET of a file: only the size of the body is kept. */
    Answer download(String user, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token(user)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), Integer.toString(r.body().length), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), System.nanoTime() - start);
        }
    }

    Answer post(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Answer put(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    Answer postBytes(String user, String path, String contentType, byte[] body) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Answer send(String user, HttpRequest.Builder builder) {
        if (user != null) {
            builder.header("Authorization", "Bearer " + token(user));
        }
        HttpRequest request = builder.header("Accept", "application/json").build();
        for (int attempt = 1;; attempt++) {
            Answer a = once(request);
            if (a.status() != 503 || !patient || attempt == 30) {
                return a;
            }
            try {
                Thread.sleep(Math.max(1, a.retryAfter()) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return a;
            }
        }
    }

    private Answer once(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            int retryAfter = r.headers().firstValue("Retry-After").map(v -> {
                try {
                    return Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }).orElse(0);
            return new Answer(r.statusCode(), r.body(), System.nanoTime() - start, retryAfter);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), System.nanoTime() - start);
        }
    }

    /** The answer, or a stop with what the portal said. */
    static Answer expect(Answer a, String what) {
        if (!a.ok()) {
            throw new IllegalStateException(what + " failed: HTTP " + a.status() + " " + a.body());
        }
        return a;
    }

    /** The JSON of a body; a string is taken as JSON already. */
    static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
