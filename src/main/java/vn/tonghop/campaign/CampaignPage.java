package vn.tonghop.campaign;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Role;

/** Issuer and recipient pages for campaigns; post/redirect/get with a flash message. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class CampaignPage {

    /** The form as typed, so that a refused form comes back with nothing lost. */
    public record Form(String templateCode, String issuerUnitCode, String title, String subject, String letterNumber,
            String letterDate, String periodLabel, String deadline, List<String> recipientUnitCodes) {
    }

    public record InboxRow(CampaignApiResource.InboxEntry entry, String timeLeft) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CampaignView> issued, List<InboxRow> inbox, boolean canIssue,
                String flash);

        static native TemplateInstance form(Form form, List<TemplateVersion> templates, List<Unit> issuerUnits,
                List<UnitView> candidates, List<String> errors);

        static native TemplateInstance detail(CampaignView campaign, List<Unit> relayUnits,
                List<UnitView> relayCandidates, List<String> errors, String flash);
    }

    private static final Map<String, java.util.function.Function<vn.tonghop.platform.i18n.AppMessages, String>> FLASH = Map
            .of("created", vn.tonghop.platform.i18n.AppMessages::campaignCreated, "published",
                    vn.tonghop.platform.i18n.AppMessages::campaignPublished);

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignApiResource api;

    @Inject
    TemplateLibrary templates;

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @GET
    public TemplateInstance list(@RestQuery String flash) {
        List<CampaignView> issued = campaigns.issuedInMyReach().stream().map(c -> CampaignView.of(c, campaigns))
                .toList();
        List<InboxRow> inbox = api.inbox().stream().map(e -> new InboxRow(e, timeLeft(e.deadline()))).toList();
        boolean canIssue = !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty();
        return messages.localise(Templates.list(issued, inbox, canIssue, flash(flash)));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm(@RestQuery String issuer) {
        List<Unit> issuerUnits = access.unitsWithRole(EnumSet.of(Role.ISSUER));
        String chosen = issuer != null ? issuer : issuerUnits.isEmpty() ? null : issuerUnits.get(0).code;
        Form form = new Form(null, chosen, null, null, null, clock.today().toString(), null, null, List.of());
        return form(form, List.of());
    }

    // Outside the page's transaction: a refused creation rolls its own back, and the form is shown again after it.
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response create(@RestForm String templateCode, @RestForm String issuerUnitCode, @RestForm String title,
            @RestForm String subject, @RestForm String letterNumber, @RestForm String letterDate,
            @RestForm String periodLabel, @RestForm String deadline, @RestForm List<String> recipientUnitCodes) {
        Form form = new Form(templateCode, issuerUnitCode, title, subject, letterNumber, letterDate, periodLabel,
                deadline, recipientUnitCodes == null ? List.of() : recipientUnitCodes);
        try {
            Campaign c = campaigns.create(new CampaignCommand(templateCode, null, issuerUnitCode, title, subject,
                    letterNumber, date(letterDate), null, null, null, null, null, null, null, null, periodLabel, null,
                    null, null, localDeadline(deadline), null, null, null, form.recipientUnitCodes()));
            return Response.seeOther(URI.create("/campaigns/" + c.id + "?flash=created")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(form(form, e.messages())).build();
        }
    }

    private TemplateInstance form(Form form, List<String> errors) {
        List<Unit> issuerUnits = access.unitsWithRole(EnumSet.of(Role.ISSUER));
        List<UnitView> candidates = form.issuerUnitCode() == null ? List.of()
                : units.findByCode(form.issuerUnitCode()).map(u -> candidates(u)).orElse(List.of());
        return messages.localise(Templates.form(form, templates.latestVersions(), issuerUnits, candidates, errors));
    }

    /** Units the issuer may address: below the units where the user is issuer, except the issuing unit. */
    private List<UnitView> candidates(Unit issuer) {
        LocalDate today = clock.today();
        return access.unitsWithRole(EnumSet.of(Role.ISSUER)).stream()
                .flatMap(root -> units.subtree(root, units.effectiveDay(root, today)).stream())
                .filter(v -> v.id() != issuer.id && v.depth() > 0).distinct().toList();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @RestQuery String flash) {
        return detailPage(campaigns.find(id), List.of(), flash(flash));
    }

    private TemplateInstance detailPage(Campaign c, List<String> errors, String flash) {
        CampaignView view = CampaignView.of(c, campaigns);
        List<Unit> relayUnits = c.status == CampaignStatus.PUBLISHED
                ? campaigns.submissions(c).stream().map(s -> s.unit)
                        .filter(u -> access.has(u, c.referenceDay(), EnumSet.of(Role.ISSUER))).toList()
                : List.of();
        List<UnitView> relayCandidates = relayUnits.isEmpty() ? List.of()
                : units.subtree(relayUnits.get(0), c.referenceDay()).stream()
                        .filter(v -> v.depth() > 0 && v.id() != relayUnits.get(0).id).toList();
        return messages.localise(Templates.detail(view, relayUnits, relayCandidates, errors, flash));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") long id) {
        campaigns.publish(id);
        return Response.seeOther(URI.create("/campaigns/" + id + "?flash=published")).build();
    }

    @POST
    @Path("{id}/relay")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response relay(@PathParam("id") long id, @RestForm String issuerUnitCode, @RestForm String deadline,
            @RestForm String letterNumber, @RestForm List<String> recipientUnitCodes) {
        try {
            Campaign child = campaigns.relay(id, new RelayCommand(issuerUnitCode, localDeadline(deadline),
                    recipientUnitCodes, letterNumber, null, null, null, null, null));
            return Response.seeOther(URI.create("/campaigns/" + child.id + "?flash=created")).build();
        } catch (PortalException e) {
            TemplateInstance page = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> detailPage(campaigns.find(id), e.messages(), null));
            return Response.status(e.status()).entity(page).build();
        }
    }

    private String flash(String key) {
        return key == null || !FLASH.containsKey(key) ? null : FLASH.get(key).apply(messages.get());
    }

    private String timeLeft(OffsetDateTime deadline) {
        java.time.Duration left = java.time.Duration.between(clock.now(), deadline.toInstant());
        return left.isNegative() ? messages.get().overdue()
                : messages.get().timeLeft(left.toDays(), left.toHoursPart());
    }

    /** A datetime-local value, read as Vietnam time. */
    private OffsetDateTime localDeadline(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(PortalClock.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(messages.get().badDateTime(value));
        }
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw PortalException.invalid(messages.get().badDateTime(value));
        }
    }
}
