package vn.tonghop.demo;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import vn.tonghop.platform.i18n.Messages;

/**
 * The login page of the run command, in Vietnamese and with the people of the demo (Quarkus' own dev OIDC server speaks
 * English and knows only alice and bob). The portal's authorisation requests come here
 * ({@code %dev.quarkus.oidc.authorization-path}); choosing a person posts to that dev server's login form, which issues
 * the code as its own page would. Built only when {@code tonghop.dev-login} is true (dev mode).
 */
@Path("/dev/dang-nhap")
@IfBuildProperty(name = "tonghop.dev-login", stringValue = "true")
public class DevLoginPage {

    /** The authorisation request, passed on to the dev server as its own login form does. */
    public record Request(String action, String redirectUri, String responseType, String clientId, String scope) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Request request, List<DevLoginPeople.Tenant> tenants);
    }

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServer;

    @Inject
    DevLoginPeople people;

    @Inject
    Messages messages;

    @GET
    public TemplateInstance login(@QueryParam("redirect_uri") String redirectUri, @QueryParam("state") String state,
            @QueryParam("response_type") String responseType, @QueryParam("client_id") String clientId,
            @QueryParam("scope") String scope) {
        Request request = redirectUri == null || state == null ? null
                : new Request(authServer.replaceAll("/+$", "") + "/login", redirectUri + "?state=" + state,
                        responseType, clientId, scope);
        return messages.localise(Templates.login(request, request == null ? List.of() : people.byTenant()));
    }
}
