package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import vn.tonghop.campaign.CampaignChain.ChainLink;
import vn.tonghop.campaign.CampaignChecks.Checked;
import vn.tonghop.campaign.CampaignChecks.Step;
import vn.tonghop.campaign.CampaignChecks.StepRefused;
import vn.tonghop.campaign.CampaignForms.Form;
import vn.tonghop.campaign.CampaignForms.Parsed;
import vn.tonghop.campaign.CampaignRecipients.Addressable;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.platform.web.UxMessages;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The step-by-step editor of a new campaign or a draft. Each step posts back to the editor: a refusal re-draws the
 * refused step with what was typed, saving redirects (post/redirect/get, message in {@link Flash}).
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class CampaignEditorPage {

    /** Steps of the editor as the page names them: the checked ones, then the review. */
    static final List<String> STEPS = List.of("TEMPLATE", "LETTER", "PERIOD", "RECIPIENTS", "REVIEW");

    /** What the editor shows: the form as typed, the step on screen, and the choices of each step. */
    public record Editor(Long id, ChainLink parent, String step, Form form, List<String> errors,
            List<TemplateVersion> templates, List<Unit> issuerUnits, Addressable addressable, Review review) {

        public boolean relay() {
            return parent != null;
        }

        public List<String> steps() {
            return STEPS;
        }

        public List<String> urgencies() {
            return Arrays.stream(Urgency.values()).map(Enum::name).toList();
        }

        public List<String> reportTypes() {
            return Arrays.stream(ReportType.values()).map(Enum::name).toList();
        }

        public List<String> periodKinds() {
            return Arrays.stream(PeriodChoice.Kind.values()).map(Enum::name).toList();
        }

        public List<String> latePolicies() {
            return Arrays.stream(LatePolicy.values()).map(Enum::name).toList();
        }

        public List<String> unitKinds() {
            return Arrays.stream(UnitKind.values()).filter(k -> k != UnitKind.MINISTRY && k != UnitKind.PROVINCE)
                    .map(Enum::name).toList();
        }

        public List<String> months() {
            return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(String::valueOf).toList();
        }

        /** The step after this one, for the "continue" buttons. */
        public String after(String step) {
            int i = STEPS.indexOf(step);
            return i < 0 || i + 1 >= STEPS.size() ? step : STEPS.get(i + 1);
        }

        public String before(String step) {
            int i = STEPS.indexOf(step);
            return i <= 0 ? step : STEPS.get(i - 1);
        }
    }

    /** The review step: everything the form resolves to, or what stops it from being saved. */
    public record Review(boolean complete, String problemStep, List<String> problems, String templateTitle,
            String issuerUnitName, LocalDate letterDate, String signer, String reportType, String periodLabel,
            LocalDate periodStart, LocalDate periodEnd, LocalDate referenceDay, OffsetDateTime deadline,
            List<Unit> recipients) {

        /** The deadline is on or before the period's last day. */
        public boolean earlyDeadline() {
            return deadline != null && periodEnd != null
                    && !CampaignView.local(deadline).toLocalDate().isAfter(periodEnd);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(Editor editor);
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignChecks checks;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignChain chain;

    @Inject
    CampaignRecipients recipients;

    @Inject
    DeadlineSense deadlines;

    @Inject
    TemplateLibrary templates;

    @Inject
    AccessService access;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

    @GET
    @Path("new")
    public TemplateInstance newForm(@RestQuery String issuer) {
        List<Unit> issuerUnits = access.unitsWithRole(EnumSet.of(Role.ISSUER));
        String chosen = issuer != null ? issuer : issuerUnits.isEmpty() ? null : issuerUnits.get(0).code;
        return flash.page(editor(null, Form.blank(chosen, clock.today()), "TEMPLATE", List.of()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response newStep(MultivaluedMap<String, String> fields) {
        return editorPost(null, fields);
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id, @RestQuery String step) {
        Campaign c = draft(id);
        return flash.page(editor(c, Form.of(c, recipients.choice(c)),
                step != null && STEPS.contains(step) ? step : "TEMPLATE", List.of()));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response editStep(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        return editorPost(id, fields);
    }

    private Campaign draft(long id) {
        Campaign c = campaigns.find(id);
        if (!campaigns.canManage(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        if (c.status != CampaignStatus.DRAFT) {
            throw PortalException.conflict(messages.get().campaignNotDraft());
        }
        return c;
    }

    /**
     * One post of the editor. {@code action} is {@code next} (check the steps up to {@code step}, then show the next
     * one), {@code save} (save the draft and come back to the same step), {@code review} (save and show the review) or
     * {@code publish} (save and publish).
     */
    private Response editorPost(Long id, MultivaluedMap<String, String> fields) {
        Form form = Form.read(fields);
        String posted = fields.getFirst("step");
        String step = posted != null && STEPS.contains(posted) ? posted : "TEMPLATE";
        String action = fields.getFirst("action") == null ? "next" : fields.getFirst("action");
        // Each attempt in its own transaction: a refused one rolls back, and the editor is drawn again in a fresh one.
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> attempt(id == null ? null : draft(id), form, step, action));
        } catch (StepRefused e) {
            return QuarkusTransaction.requiringNew().call(() -> flash.refused(e.status(),
                    editor(id == null ? null : draft(id), form, e.step().name(), e.messages())));
        } catch (PortalException e) {
            return QuarkusTransaction.requiringNew().call(
                    () -> flash.refused(e.status(), editor(id == null ? null : draft(id), form, step, e.messages())));
        }
    }

    private Response attempt(Campaign existing, Form form, String step, String action) {
        Parsed parsed = CampaignForms.parse(form, existing != null && existing.parent != null, camp(), check());
        boolean confirmed = form.earlyDeadlineConfirmed();
        if ("next".equals(action) && !"RECIPIENTS".equals(step) && !"REVIEW".equals(step)) {
            Checked upTo = checkThrough(parsed, Step.valueOf(step), existing);
            if (Step.valueOf(step) == Step.PERIOD) {
                deadlines.require(parsed.command().deadline(), upTo.period(), confirmed);
            }
            return Response.ok(flash.page(editor(existing, form, STEPS.get(STEPS.indexOf(step) + 1), List.of())))
                    .build();
        }
        Checked checked = checkThrough(parsed, Step.RECIPIENTS, existing);
        deadlines.require(parsed.command().deadline(), checked.period(), confirmed);
        Campaign c = existing == null ? lifecycle.create(parsed.command())
                : lifecycle.update(existing.id, parsed.command());
        deadlines.record(c, DeadlineSense.early(parsed.command().deadline(), checked.period()));
        if ("publish".equals(action)) {
            lifecycle.publish(c.id);
            return flash.redirect("/campaigns/" + c.id, messages.get().campaignPublished());
        }
        String shown = "save".equals(action) ? step : "REVIEW";
        return flash.redirect("/campaigns/" + c.id + "/edit?step=" + shown,
                existing == null ? messages.get().campaignCreated()
                        : messages.bundle(CampaignEditorMessages.class).draftSaved());
    }

    /** Checks the steps up to {@code upTo}: what the form could not read first, then the service's checks. */
    private Checked checkThrough(Parsed parsed, Step upTo, Campaign existing) {
        for (Step s : Step.values()) {
            if (s.compareTo(upTo) > 0) {
                break;
            }
            List<String> unread = parsed.errors().getOrDefault(s, List.of());
            if (!unread.isEmpty()) {
                if (s.ordinal() > 0) {
                    checks.check(parsed.command(), Step.values()[s.ordinal() - 1], existing);
                }
                throw new StepRefused(s, 422, unread);
            }
        }
        return checks.check(parsed.command(), upTo, existing);
    }

    private TemplateInstance editor(Campaign existing, Form form, String step, List<String> errors) {
        Campaign parent = existing == null ? null : existing.parent;
        Review review = review(existing, form);
        LocalDate day = review.referenceDay() != null ? review.referenceDay() : clock.today();
        Unit issuer = parent != null ? existing.issuerUnit : checks.issuerUnit(form.issuerUnitCode(), day).orElse(null);
        Addressable addressable = issuer == null ? null : recipients.addressable(issuer, day);
        // a draft relayed or made earlier keeps its issuer choosable
        List<Unit> issuerUnits = new ArrayList<>(access.unitsWithRole(EnumSet.of(Role.ISSUER)));
        if (issuer != null && issuerUnits.stream().noneMatch(u -> u.id.equals(issuer.id))) {
            issuerUnits.add(issuer);
        }
        return Templates
                .editor(new Editor(existing == null ? null : existing.id, parent == null ? null : chain.link(parent),
                        step, form, errors, templates.latestVersions(), issuerUnits, addressable, review));
    }

    /** Resolves the whole form as far as it goes, for the review step; never throws. */
    private Review review(Campaign existing, Form form) {
        Parsed parsed = CampaignForms.parse(form, existing != null && existing.parent != null, camp(), check());
        Checked checked = null;
        String problemStep = null;
        List<String> problems = List.of();
        try {
            checked = checkThrough(parsed, Step.RECIPIENTS, existing);
        } catch (StepRefused e) {
            problemStep = e.step().name();
            problems = e.messages();
            // what the steps before the refused one resolved to is still worth showing
            if (e.step().ordinal() > 0) {
                try {
                    checked = checkThrough(parsed, Step.values()[e.step().ordinal() - 1], existing);
                } catch (PortalException again) {
                    checked = null;
                }
            }
        }
        CampaignCommand command = parsed.command();
        return new Review(problemStep == null, problemStep, problems,
                checked == null || checked.template() == null ? null
                        : checked.template().title + " ("
                                + messages.bundle(UxMessages.class).templateVersion(checked.template().version) + ")",
                checked == null || checked.issuer() == null ? null : checked.issuer().name, command.letterDate(),
                signer(command), checked == null || checked.reportType() == null ? null : checked.reportType().name(),
                existing != null && existing.parent != null ? existing.periodLabel : command.periodLabel(),
                checked == null || checked.period() == null ? null : checked.period().start(),
                checked == null || checked.period() == null ? null : checked.period().end(),
                checked == null ? null : checked.referenceDay(), command.deadline(),
                checked == null || checked.recipients() == null ? List.of() : checked.recipients());
    }

    /** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình" as typed, or null. */
    private static String signer(CampaignCommand command) {
        String text = java.util.stream.Stream.of(command.signerCapacity(), command.signerTitle(), command.signerName())
                .filter(v -> v != null && !v.isBlank()).map(String::trim).collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
