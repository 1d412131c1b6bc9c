package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The smallest OpenID provider the portal accepts, in the test JVM: discovery, keys, an authorization endpoint that
 * logs in the user named by a {@code login} parameter (the test plays the user typing her name), and a token endpoint
 * that exchanges the code. Bearer tokens for {@code /api} are signed with the same key.
 */
final class IdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "tonghop-portal";
    static final String CLIENT_SECRET = "ops-client-secret-0123456789abcdef";

    final String issuer;
    private final HttpServer server;
    private final KeyPair keys;
    private final Map<String, String> userOfCode = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private IdentityProvider(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
        this.issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/ops";
    }

    static IdentityProvider start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "ops-oidc");
                t.setDaemon(true);
                return t;
            }));
            IdentityProvider idp = new IdentityProvider(server, generator.generateKeyPair());
            server.createContext("/realms/ops", idp::handle);
            server.start();
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The portal's OIDC settings for this provider (both tenants: pages and /api). */
    Map<String, String> portalConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("quarkus.oidc.auth-server-url", issuer);
        c.put("quarkus.oidc.client-id", CLIENT_ID);
        c.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
        return c;
    }

    /** A bearer token of a login, as the provider would issue it ({@code upn} = the login). */
    String token(String username) {
        return tokens.computeIfAbsent(username, u -> sign(claims(u)));
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath().substring("/realms/ops".length());
            switch (path) {
                case "/.well-known/openid-configuration" -> json(x, discovery());
                case "/certs" -> json(x, certs());
                case "/auth" -> authorize(x);
                case "/token" -> token(x);
                case "/logout" -> logout(x);
                default -> x.sendResponseHeaders(404, -1);
            }
        }
    }

    private String discovery() {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\",\"token_endpoint\":\""
                + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/certs\",\"end_session_endpoint\":\"" + issuer
                + "/logout\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    private String certs() {
        try {
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) keys.getPublic());
            jwk.setKeyId("ops");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            jwk.setUse("sig");
            return "{\"keys\":[" + jwk.toJson() + "]}";
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** With {@code login=NAME}: back to the portal with a code of that user; without: "the login page". */
    private void authorize(HttpExchange x) throws IOException {
        Map<String, String> q = form(x.getRequestURI().getRawQuery());
        String login = q.get("login");
        if (login == null) {
            byte[] page = "<html><body>login page</body></html>".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, page.length);
            x.getResponseBody().write(page);
            return;
        }
        String code = UUID.randomUUID().toString();
        userOfCode.put(code, login);
        String back = q.get("redirect_uri") + (q.get("redirect_uri").contains("?") ? "&" : "?") + "code=" + code
                + "&state=" + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Location", back);
        x.sendResponseHeaders(302, -1);
    }

    private static void logout(HttpExchange x) throws IOException {
        String back = form(x.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        x.getResponseHeaders().add("Location", back == null ? "/" : back);
        x.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange x) throws IOException {
        Map<String, String> body = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String user = userOfCode.remove(body.getOrDefault("code", ""));
        if (user == null || !"authorization_code".equals(body.get("grant_type"))) {
            byte[] error = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(400, error.length);
            x.getResponseBody().write(error);
            return;
        }
        json(x, "{\"access_token\":\"" + sign(claims(user)) + "\",\"id_token\":\"" + sign(claims(user))
                + "\",\"token_type\":\"Bearer\",\"expires_in\":28800}");
    }

    private JwtClaims claims(String username) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject(username);
        claims.setClaim("upn", username);
        claims.setClaim("preferred_username", username);
        claims.setClaim("azp", CLIENT_ID);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(8 * 60);
        claims.setGeneratedJwtId();
        return claims;
    }

    private String sign(JwtClaims claims) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(keys.getPrivate());
            jws.setKeyIdHeaderValue("ops");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void json(HttpExchange x, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
    }

    static Map<String, String> form(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The query parameter of a URL. */
    static String param(String url, String name) {
        return form(URI.create(url).getRawQuery()).get(name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
