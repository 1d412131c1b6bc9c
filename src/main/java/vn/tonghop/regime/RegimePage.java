package vn.tonghop.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The regimes' pages: the list, the new-regime form with a confirmation that says what will happen before anything is
 * saved, and a regime's page with its periods and "open the next period" (confirmed first). A refused form is shown
 * again as typed, each message under its field.
 */
@Path("/regimes")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class RegimePage {

    /** What the confirmation states: the first period opened and when, how long it runs, and who is asked. */
    public record Preview(String firstLabel, LocalDate opensOn, OffsetDateTime firstDeadline, String lastLabel,
            List<Unit> units) {
    }

    /** The form, its refusals and, once it checks, the confirmation. */
    public record FormPage(RegimeForm form, List<FieldError> errors, List<String> general, Preview preview,
            List<TemplateVersion> templates, List<Unit> issuers) {

        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst()
                    .orElse(null);
        }

        public List<String> frequencies() {
            return List.of("MONTHLY", "QUARTERLY", "HALF_YEARLY", "YEARLY");
        }

        public List<String> rules() {
            return List.of("CHILDREN", "CHILDREN_OF_KIND", "LIST");
        }

        public List<String> kinds() {
            return List.of(UnitKind.DISTRICT.name(), UnitKind.COMMUNE.name(), UnitKind.DEPARTMENT.name(),
                    UnitKind.OFFICE.name());
        }
    }

    /** A regime's page; {@code confirmOpen} while the issuer confirms opening {@code next}. */
    public record Detail(Regime regime, List<RegimeService.PeriodRow> periods, RegimePeriod next, List<Unit> nextUnits,
            OffsetDateTime nextDeadline, boolean canManage, boolean confirmOpen, List<String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Regime> regimes, boolean mayCreate);

        static native TemplateInstance form(FormPage page);

        static native TemplateInstance detail(Detail detail);
    }

    @Inject
    RegimeService regimes;

    @Inject
    RegimeValidator validator;

    @Inject
    RegimeOpener opener;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    public TemplateInstance list() {
        return flash.page(Templates.list(regimes.readable(), regimes.mayCreate()));
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        if (!regimes.mayCreate()) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        List<Unit> issuers = issuers();
        List<TemplateVersion> library = templates.latestVersions();
        return flash.page(form(RegimeForm.blank(issuers.isEmpty() ? "" : issuers.get(0).code,
                library.isEmpty() ? "" : library.get(0).code), List.of(), List.of(), null));
    }

    /** {@code action} is {@code review} (check and show the confirmation) or {@code create} (after confirming). */
    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response create(MultivaluedMap<String, String> fields) {
        RegimeForm form = RegimeForm.read(fields);
        boolean confirmed = "create".equals(fields.getFirst("action"));
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<FieldError> unread = new ArrayList<>();
                RegimeCommand command = form.command(unread, reg());
                if (!unread.isEmpty()) {
                    throw new RegimeRefused(unread);
                }
                if (!confirmed) {
                    RegimeValidator.Checked c = validator.check(command);
                    Preview preview = new Preview(c.first().label(), c.first().start(), c.rule().deadline(c.first()),
                            c.last() == null ? null : c.last().label(), c.firstRecipients());
                    return Response.ok(flash.page(form(form, List.of(), List.of(), preview))).build();
                }
                Regime r = regimes.create(command);
                return flash.redirect("/regimes/" + r.id, reg().created());
            });
        } catch (RegimeRefused e) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> flash.refused(422, form(form, e.errors(), List.of(), null)));
        } catch (PortalException e) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> flash.refused(e.status(), form(form, List.of(), e.messages(), null)));
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("confirm") String confirm) {
        return flash.page(detailOf(id, confirm, List.of()));
    }

    private TemplateInstance detailOf(long id, String confirm, List<String> errors) {
        Regime r = regimes.find(id);
        boolean canManage = regimes.canManage(r);
        RegimePeriod next = canManage ? regimes.nextToOpen(r).orElse(null) : null;
        boolean confirmOpen = next != null && "open".equals(confirm);
        List<Unit> nextUnits = confirmOpen ? opener.recipientsOf(r, next) : List.of();
        return Templates.detail(new Detail(r, regimes.periods(r), next, nextUnits,
                next == null ? null : r.rule().deadline(next), canManage, confirmOpen, errors));
    }

    @POST
    @Path("{id}/open-next")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response openNext(@PathParam("id") long id) {
        try {
            Campaign c = QuarkusTransaction.requiringNew().call(() -> regimes.openNext(id));
            return flash.redirect("/regimes/" + id, reg().periodOpened(c.periodLabel));
        } catch (PortalException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return QuarkusTransaction.requiringNew()
                    .call(() -> flash.refused(e.status(), detailOf(id, null, e.messages())));
        }
    }

    private TemplateInstance form(RegimeForm form, List<FieldError> errors, List<String> general, Preview preview) {
        return Templates.form(new FormPage(form, errors, general, preview, templates.latestVersions(), issuers()));
    }

    private List<Unit> issuers() {
        return access.unitsWithRole(EnumSet.of(Role.ISSUER));
    }

    private RegimeMessages reg() {
        return messages.bundle(RegimeMessages.class);
    }
}
