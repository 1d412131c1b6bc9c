package vn.tonghop.platform.web;

import java.net.URI;
import java.util.Optional;

/**
 * Where "back" leads from an error page: the {@code return} parameter or the Referer, only when it is a path of this
 * portal (same origin), never elsewhere (no open redirect) and never the failed page itself.
 */
public final class BackLink {

    private BackLink() {
    }

    /**
     * @param returnParam
     *            a path given by the page that linked here, may be null
     * @param referer
     *            the Referer header, may be null
     * @param host
     *            the Host header of this request
     * @param baseUrl
     *            the configured public URL, may be null
     * @param failedPath
     *            the path that failed
     */
    public static Optional<String> of(String returnParam, String referer, String host, String baseUrl,
            String failedPath) {
        Optional<String> given = localPath(returnParam);
        if (given.isPresent()) {
            return given.filter(p -> !samePath(p, failedPath));
        }
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(referer.trim());
            String authority = uri.getRawAuthority();
            boolean same = authority != null && (authority.equalsIgnoreCase(host)
                    || baseUrl != null && authority.equalsIgnoreCase(URI.create(baseUrl).getRawAuthority()));
            if (!same || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String full = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            return localPath(full).filter(p -> !samePath(p, failedPath));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A path on this host: starts with one slash, no scheme, no second slash or backslash that browsers read as a host.
     */
    static Optional<String> localPath(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        if (!t.startsWith("/") || t.startsWith("//") || t.startsWith("/\\") || t.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(t);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(t) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean samePath(String link, String failedPath) {
        int q = link.indexOf('?');
        return (q < 0 ? link : link.substring(0, q)).equals(failedPath);
    }
}
