package vn.tonghop.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A load balancer as small as it gets: each request goes to the next instance in turn, with the {@code X-Forwarded-*}
 * headers an ingress adds, and comes back with {@code X-Served-By} naming the instance. No stickiness: consecutive
 * requests of one client always reach different instances.
 */
final class RoundRobinProxy implements AutoCloseable {

    /** Headers that belong to one connection, not to the request (RFC 9110, 7.6.1), and those the client sets. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect");

    final String baseUrl;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile List<AppProcess> backends = List.of();
    private final AtomicLong next = new AtomicLong();
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();

    private RoundRobinProxy(HttpServer server) {
        this.server = server;
        this.baseUrl = "http://localhost:" + server.getAddress().getPort();
    }

    static RoundRobinProxy start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(16, r -> {
                Thread t = new Thread(r, "ops-proxy");
                t.setDaemon(true);
                return t;
            }));
            RoundRobinProxy proxy = new RoundRobinProxy(server);
            server.createContext("/", proxy::forward);
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void backends(List<AppProcess> instances) {
        this.backends = List.copyOf(instances);
    }

    /** How many requests each instance has served. */
    Map<String, AtomicInteger> served() {
        return served;
    }

    private void forward(HttpExchange x) throws IOException {
        try (x) {
            List<AppProcess> all = backends;
            AppProcess to = all.get((int) (next.getAndIncrement() % all.size()));
            byte[] body = x.getRequestBody().readAllBytes();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.baseUrl + x.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(60))
                    .method(x.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            x.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> b.header(name, v));
                }
            });
            String host = x.getRequestHeaders().getFirst("Host");
            b.header("X-Forwarded-Host", host).header("X-Forwarded-Proto", "http")
                    .header("X-Forwarded-Port", host.substring(host.lastIndexOf(':') + 1))
                    .header("X-Forwarded-For", x.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<byte[]> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                x.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                x.sendResponseHeaders(502, -1);
                return;
            }
            served.computeIfAbsent(to.name, k -> new AtomicInteger()).incrementAndGet();
            r.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> x.getResponseHeaders().add(name, v));
                }
            });
            x.getResponseHeaders().add("X-Served-By", to.name);
            boolean empty = r.body().length == 0 || "HEAD".equals(x.getRequestMethod());
            x.sendResponseHeaders(r.statusCode(), empty ? -1 : r.body().length);
            if (!empty) {
                x.getResponseBody().write(r.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
