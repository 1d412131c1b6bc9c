package vn.tonghop.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser's session on the portal pages for REST Assured: logged in through the OIDC code flow of the WireMock
 * provider (no bearer token, so the portal reads the session cookie), keeping the cookies it is given. Page writes made
 * this way must repeat the anti-forgery token: {@link #withToken()} adds it as the form field, {@link #withHeader()} as
 * the header htmx and the page scripts send. Tests that post with a bearer token ({@link Tokens}) need no token.
 */
public final class PageSession {

    public static final String CSRF_COOKIE = "csrf-token";
    public static final String CSRF_FIELD = "csrf-token";
    public static final String CSRF_HEADER = "X-CSRF-TOKEN";

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private PageSession() {
    }

    /** Logs this demo user in, as a browser does: the portal, the provider's login, the portal's callback. */
    public static PageSession login(String username) {
        OidcLogin.allow(username);
        PageSession session = new PageSession();
        Response start = session.given().accept("text/html").get("/campaigns");
        URI provider = URI.create(location(start, "the portal sends a browser without a session to the provider"));
        Map<String, String> query = query(provider.getRawQuery());
        URI wiremock = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class));
        Response login = RestAssured.given().redirects().follow(false).queryParam("username", username)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get(wiremock.getScheme() + "://" + wiremock.getRawAuthority() + "/login");
        Response callback = session.given().accept("text/html")
                .get(location(login, "the provider sends the browser back with a code"));
        location(callback, "the callback logs the browser in");
        if (session.cookies.keySet().stream().noneMatch(n -> n.startsWith("q_session"))) {
            throw new IllegalStateException("no session cookie after the login: " + session.cookies.keySet());
        }
        return session;
    }

    /** A request with this browser's cookies (its anti-forgery cookie too, once a page made it), following nothing. */
    public RequestSpecification given() {
        RequestSpecification spec = RestAssured.given().redirects().follow(false);
        if (!cookies.isEmpty()) {
            spec = spec.cookies(new LinkedHashMap<>(cookies));
        }
        return spec.filter((request, response, context) -> {
            Response answer = context.next(request, response);
            keep(answer);
            return answer;
        });
    }

    /** As {@link #given()}, with the anti-forgery token in the form field (url-encoded and multipart forms). */
    public RequestSpecification withToken() {
        String token = token();
        return given().formParam(CSRF_FIELD, token);
    }

    /** As {@link #given()}, with the anti-forgery token in the header. */
    public RequestSpecification withHeader() {
        return given().header(CSRF_HEADER, token());
    }

    /** The token a page of this session holds: its cookie, made by the first page drawn if there was none. */
    public String token() {
        if (!cookies.containsKey(CSRF_COOKIE)) {
            String page = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
            Matcher m = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
            if (!m.find() || !m.group(1).equals(cookies.get(CSRF_COOKIE))) {
                throw new IllegalStateException("the page holds the token of its cookie: " + cookies);
            }
        }
        return cookies.get(CSRF_COOKIE);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void forget(String name) {
        cookies.remove(name);
    }

    private void keep(Response response) {
        for (io.restassured.http.Header h : response.getHeaders().getList("Set-Cookie")) {
            String header = h.getValue();
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            String lower = header.toLowerCase();
            if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String location(Response r, String what) {
        String location = r.header("Location");
        if (r.statusCode() / 100 != 3 || location == null) {
            throw new IllegalStateException(what + ": " + r.statusCode() + " " + r.asString());
        }
        return location;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
