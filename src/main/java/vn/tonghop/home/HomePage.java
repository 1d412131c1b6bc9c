package vn.tonghop.home;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.tenant.Tenant;
import vn.tonghop.user.AppUser;
import vn.tonghop.user.CurrentMemberships;
import vn.tonghop.user.Membership;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String tenantName, String email, List<Membership> memberships,
                Dashboard work, List<String> chartData);
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentMemberships currentMemberships;

    @Inject
    Messages messages;

    @Inject
    DashboardService dashboards;

    @Inject
    Flash flash;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional
    public TemplateInstance home() {
        String tenantName = currentUser.tenantCode().flatMap(Tenant::findByCode).map(t -> t.name).orElse(null);
        Dashboard work = currentUser.isRegistered() ? dashboards.dashboard()
                : new Dashboard(Dashboard.Roles.NONE, List.of(), List.of(), List.of(), List.of(), List.of());
        List<String> chartData = work.charts().stream().map(this::toJson).toList();
        return flash.page(Templates.home(tenantName, currentUser.email().orElse(null), currentMemberships.memberships(),
                work, chartData));
    }

    /** A series as the chart script reads it from the canvas's data attribute. */
    private String toJson(Dashboard.Series series) {
        try {
            return json.writeValueAsString(series);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Protected, so visiting it starts the browser login; then back home. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("lang/{code}")
    @Transactional
    public Response language(@PathParam("code") String code, @HeaderParam("Referer") String referer) {
        String lang = "en".equals(code) ? "en" : "vi";
        // remembered for the e-mails too, which have no cookie to read
        currentUser.id().flatMap(id -> AppUser.<AppUser> findByIdOptional(id)).ifPresent(u -> u.locale = lang);
        URI back = URI.create("/");
        if (referer != null) {
            URI ref = URI.create(referer);
            back = URI.create(ref.getRawPath() == null || ref.getRawPath().isEmpty() ? "/" : ref.getRawPath());
        }
        return Response.seeOther(back)
                .cookie(new NewCookie.Builder(Messages.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600).build())
                .build();
    }
}
