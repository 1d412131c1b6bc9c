package vn.tonghop.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page form that posts carries the anti-forgery token ({@code {#include csrf-field /}}), the layout holds the
 * token for htmx and the page scripts, and portal.js sends it with them; a new post form without the field fails here.
 */
class CsrfFormsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SCRIPTS = Path.of("src/main/resources/META-INF/resources/static");
    static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*\\bmethod\\s*=\\s*[\"']?post\\b[^>]*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final String FIELD = "{#include csrf-field /}";

    /** Forms that post outside the portal: the run command's login buttons go to the dev OIDC server's own form. */
    static final java.util.Set<String> OUTSIDE = java.util.Set.of("DevLoginPage/login.html");

    @Test
    void everyPostFormCarriesTheToken() throws IOException {
        List<String> missing = new ArrayList<>();
        int forms = 0;
        for (Path file : files(TEMPLATES, ".html")) {
            if (OUTSIDE.contains(TEMPLATES.relativize(file).toString())) {
                continue;
            }
            String text = Files.readString(file);
            Matcher m = POST_FORM.matcher(text);
            while (m.find()) {
                forms++;
                int end = text.indexOf("</form>", m.end());
                String body = text.substring(m.end(), end < 0 ? text.length() : end);
                if (!body.contains(FIELD)) {
                    int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    missing.add(TEMPLATES.relativize(file) + ":" + line);
                }
            }
        }
        assertTrue(forms >= 34, "the post forms are found: " + forms);
        assertEquals(List.of(), missing, "add " + FIELD + " inside these forms");
    }

    @Test
    void theFieldAndTheLayoutHoldTheToken() throws IOException {
        String field = Files.readString(TEMPLATES.resolve("csrf-field.html"));
        assertTrue(field.contains("name=\"{inject:csrf.parameterName}\" value=\"{inject:csrf.token}\""), field);
        String layout = Files.readString(TEMPLATES.resolve("layout.html"));
        assertTrue(layout.contains("<meta name=\"csrf-token\" content=\"{inject:csrf.token}\""), layout);
    }

    /** htmx posts and the scripts' fetch() get the header from portal.js, which every page loads. */
    @Test
    void thePageScriptsSendTheToken() throws IOException {
        String portal = Files.readString(SCRIPTS.resolve("portal.js"));
        assertTrue(portal.contains("htmx:configRequest"), "htmx requests get the header");
        assertTrue(portal.contains("window.fetch = "), "fetch() to the portal gets the header");
        assertTrue(portal.contains("document.addEventListener('submit'"), "a post form gets the current token");
        assertTrue(Files.readString(TEMPLATES.resolve("layout.html")).contains("/static/portal.js"));
        List<String> ownForms = new ArrayList<>();
        for (Path file : files(SCRIPTS, ".js")) {
            String text = Files.readString(file);
            if (text.contains("createElement('form')") || text.contains("createElement(\"form\")")
                    || POST_FORM.matcher(text).find()) {
                ownForms.add(SCRIPTS.relativize(file).toString());
            }
        }
        assertEquals(List.of(), ownForms,
                "a script that builds a post form must put the token in it (window.portalCsrf); then list it here");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
