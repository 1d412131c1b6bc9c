package vn.tonghop.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import vn.tonghop.campaign.CampaignForms.Form;
import vn.tonghop.campaign.CampaignForms.Parsed;
import vn.tonghop.campaign.CampaignRecipients.Addressable;
import vn.tonghop.campaign.CampaignService.Checked;
import vn.tonghop.campaign.CampaignService.Step;
import vn.tonghop.campaign.CampaignService.StepRefused;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.AccessService;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.template.model.ReportType;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.Role;

/**
 * Issuer and recipient pages for campaigns: the inbox and issued list, the step-by-step editor of a draft, and the
 * campaign page with its chain, recipients and the issuer's actions. Forms post back to the page they are on: success
 * redirects (post/redirect/get, message in {@link Flash}), a refusal re-renders the same page with what was typed.
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class CampaignPage {

    /** Steps of the editor as the page names them: the checked ones, then the review. */
    static final List<String> STEPS = List.of("TEMPLATE", "LETTER", "PERIOD", "RECIPIENTS", "REVIEW");

    /** Another campaign of the chain, as a line of the campaign page. */
    public record ChainLink(long id, String letterNumber, LocalDate letterDate, String title, String issuerUnitName,
            OffsetDateTime deadline, String status, CampaignService.Progress progress, boolean readable) {
    }

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
    }

    public record RelayForm(String issuerUnitCode, String letterNumber, String deadline,
            List<String> recipientUnitCodes, String outline) {

        public boolean picked(String code) {
            return recipientUnitCodes.contains(code);
        }

        /** The outline option chosen: "code:version". */
        public boolean isOutline(String code, int version) {
            return (code + ":" + version).equals(outline);
        }
    }

    public record ExtendForm(String unitCode, String deadline, String reason) {
        static final ExtendForm EMPTY = new ExtendForm("", "", "");
    }

    /** The campaign page. {@code errorsOf} names the form the errors belong to (relay, extend) or null. */
    public record Detail(CampaignView campaign, ChainLink parent, List<ChainLink> relays, List<Unit> relayUnits,
            Addressable relayTree, RelayForm relay, String relayProposal, ExtendForm extend, List<String> errors,
            String errorsOf, List<TemplateVersion> relayOutlines, boolean mayAdd, Addressable addTree,
            Set<String> asked, List<String> addPicked) {

        /** A unit the issuer may still add as a recipient, for the "add recipients" tree. */
        public boolean canAdd(UnitView v) {
            return !asked.contains(v.code());
        }

        /** Whether the tree offers any unit not asked yet. */
        public boolean anyToAdd() {
            return addTree.units().stream().anyMatch(this::canAdd);
        }

        public boolean errorsFor(String form) {
            return !errors.isEmpty() && form.equals(errorsOf);
        }

        public boolean generalErrors() {
            return !errors.isEmpty() && errorsOf == null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CampaignListItem> issued, CampaignInbox.View inbox, boolean canIssue);

        static native TemplateInstance editor(Editor editor);

        static native TemplateInstance detail(Detail detail);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignRecipients recipients;

    @Inject
    CampaignInbox inbox;

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

    // ---- inbox and issued list ----

    @GET
    public TemplateInstance list(@RestQuery String status, @RestQuery String period) {
        List<Campaign> mine = campaigns.issuedInMyReach();
        List<CampaignListItem> issued = CampaignListItem.of(mine, campaigns.progress(mine));
        boolean canIssue = !access.unitsWithRole(EnumSet.of(Role.ISSUER)).isEmpty();
        return flash.page(Templates.list(issued, inbox.view(status, period), canIssue));
    }

    // ---- the editor ----

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
        Parsed parsed = CampaignForms.parse(form, existing != null && existing.parent != null, camp());
        if ("next".equals(action) && !"RECIPIENTS".equals(step) && !"REVIEW".equals(step)) {
            checkThrough(parsed, Step.valueOf(step), existing);
            return Response.ok(flash.page(editor(existing, form, STEPS.get(STEPS.indexOf(step) + 1), List.of())))
                    .build();
        }
        checkThrough(parsed, Step.RECIPIENTS, existing);
        Campaign c = existing == null ? campaigns.create(parsed.command())
                : campaigns.update(existing.id, parsed.command());
        if ("publish".equals(action)) {
            campaigns.publish(c.id);
            return flash.redirect("/campaigns/" + c.id, messages.get().campaignPublished());
        }
        String shown = "save".equals(action) ? step : "REVIEW";
        return flash.redirect("/campaigns/" + c.id + "/edit?step=" + shown,
                existing == null ? messages.get().campaignCreated() : camp().draftSaved());
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
                    campaigns.check(parsed.command(), Step.values()[s.ordinal() - 1], existing);
                }
                throw new StepRefused(s, 422, unread);
            }
        }
        return campaigns.check(parsed.command(), upTo, existing);
    }

    private TemplateInstance editor(Campaign existing, Form form, String step, List<String> errors) {
        Campaign parent = existing == null ? null : existing.parent;
        Review review = review(existing, form);
        LocalDate day = review.referenceDay() != null ? review.referenceDay() : clock.today();
        Unit issuer = parent != null ? existing.issuerUnit
                : campaigns.issuerUnit(form.issuerUnitCode(), day).orElse(null);
        Addressable addressable = issuer == null ? null : recipients.addressable(issuer, day);
        // a draft made through the API may be issued for a unit below the user's own: keep it choosable
        List<Unit> issuerUnits = new ArrayList<>(access.unitsWithRole(EnumSet.of(Role.ISSUER)));
        if (issuer != null && issuerUnits.stream().noneMatch(u -> u.id.equals(issuer.id))) {
            issuerUnits.add(issuer);
        }
        return Templates.editor(new Editor(existing == null ? null : existing.id, parent == null ? null : link(parent),
                step, form, errors, templates.latestVersions(), issuerUnits, addressable, review));
    }

    /** Resolves the whole form as far as it goes, for the review step; never throws. */
    private Review review(Campaign existing, Form form) {
        Parsed parsed = CampaignForms.parse(form, existing != null && existing.parent != null, camp());
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
                        : checked.template().title + " (" + checked.template().code + " v" + checked.template().version
                                + ")",
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

    // ---- the campaign page ----

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id, @RestQuery boolean add) {
        return flash
                .page(detailPage(campaigns.find(id), null, ExtendForm.EMPTY, List.of(), null, add ? List.of() : null));
    }

    /**
     * The issuer's and the relaying unit's actions, posted back to the campaign page itself: {@code action} is publish,
     * close, archive, extend, add-recipients or relay.
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        String action = String.valueOf(fields.getFirst("action"));
        RelayForm relay = null;
        ExtendForm extend = ExtendForm.EMPTY;
        List<String> addPicked = null;
        try {
            switch (action) {
                case "publish" -> {
                    campaigns.publish(id);
                    return flash.redirect("/campaigns/" + id, messages.get().campaignPublished());
                }
                case "close" -> {
                    campaigns.close(id);
                    return flash.redirect("/campaigns/" + id, camp().closed());
                }
                case "archive" -> {
                    campaigns.archive(id);
                    return flash.redirect("/campaigns/" + id, camp().archived());
                }
                case "extend" -> {
                    extend = new ExtendForm(fields.getFirst("unitCode"), fields.getFirst("extendDeadline"),
                            fields.getFirst("reason"));
                    List<String> unread = new ArrayList<>();
                    OffsetDateTime deadline = CampaignForms.dateTime(extend.deadline(), camp().newDeadline(), camp(),
                            unread);
                    if (!unread.isEmpty()) {
                        throw PortalException.invalid(unread);
                    }
                    campaigns.extend(id, extend.unitCode(), deadline, extend.reason());
                    return flash.redirect("/campaigns/" + id, camp().extended());
                }
                case "add-recipients" -> {
                    List<String> codes = fields.get("addUnitCodes");
                    addPicked = codes == null ? List.of() : List.copyOf(codes);
                    int added = campaigns.addRecipients(id, addPicked).size();
                    return flash.redirect("/campaigns/" + id, camp().recipientsAdded(added));
                }
                case "relay" -> {
                    List<String> codes = fields.get("recipientUnitCodes");
                    relay = new RelayForm(fields.getFirst("issuerUnitCode"), fields.getFirst("letterNumber"),
                            fields.getFirst("deadline"), codes == null ? List.of() : List.copyOf(codes),
                            fields.getFirst("outline"));
                    List<String> unread = new ArrayList<>();
                    OffsetDateTime deadline = CampaignForms.dateTime(relay.deadline(), camp().fieldDeadline(), camp(),
                            unread);
                    if (!unread.isEmpty()) {
                        throw PortalException.invalid(unread);
                    }
                    String[] outline = relay.outline() == null ? new String[0] : relay.outline().split(":", 2);
                    Campaign child = campaigns.relay(id,
                            new RelayCommand(relay.issuerUnitCode(), deadline, relay.recipientUnitCodes(),
                                    relay.letterNumber(), null, null, null, null, null,
                                    outline.length == 2 ? outline[0] : null,
                                    outline.length == 2 ? Integer.valueOf(outline[1]) : null));
                    return flash.redirect("/campaigns/" + child.id, messages.get().campaignCreated());
                }
                default -> throw PortalException.notFound(messages.get().notFound());
            }
        } catch (PortalException e) {
            String errorsOf = Set.of("relay", "extend", "add-recipients").contains(action) ? action : null;
            RelayForm typedRelay = relay;
            ExtendForm typedExtend = extend;
            List<String> typedAdd = addPicked;
            return flash.refused(e.status(), vn.tonghop.platform.web.Refusals.render(
                    () -> detailPage(campaigns.find(id), typedRelay, typedExtend, e.messages(), errorsOf, typedAdd)));
        }
    }

    /** {@code addPicked} non-null shows the tree for adding recipients (asked for, or refused with these ticked). */
    private TemplateInstance detailPage(Campaign c, RelayForm typed, ExtendForm extend, List<String> errors,
            String errorsOf, List<String> addPicked) {
        CampaignView view = CampaignView.of(c, campaigns);
        ChainLink parent = c.parent == null ? null : link(c.parent);
        List<ChainLink> relays = campaigns.readableChildren(c).stream().map(this::link).toList();

        Set<Long> relayed = campaigns.children(c).stream().map(k -> k.issuerUnit.id).collect(Collectors.toSet());
        // a unit relays through its own issuers, not through those of the units above it
        Set<Long> mine = access.unitsWithRole(EnumSet.of(Role.ISSUER)).stream().map(u -> u.id)
                .collect(Collectors.toSet());
        List<Unit> relayUnits = c.status == CampaignStatus.PUBLISHED
                ? campaigns.submissions(c).stream().map(s -> s.unit)
                        .filter(u -> mine.contains(u.id) && !relayed.contains(u.id)).toList()
                : List.of();
        Addressable relayTree = null;
        RelayForm relay = typed;
        String proposal = null;
        if (!relayUnits.isEmpty()) {
            Unit relaying = relayUnits.stream().filter(u -> typed != null && u.code.equals(typed.issuerUnitCode()))
                    .findFirst().orElse(relayUnits.get(0));
            relayTree = recipients.addressable(relaying, c.referenceDay());
            OffsetDateTime proposed = campaigns.proposedRelayDeadline(c, relaying);
            proposal = camp().relayProposal(CampaignService.format(proposed),
                    CampaignService.format(campaigns.relayLimit(c, relaying)));
            if (relay == null) {
                relay = new RelayForm(relaying.code, "", Formats.inputValue(proposed),
                        relayTree.direct().stream().map(v -> v.code()).toList(), null);
            }
        }
        // the tree for adding recipients only when asked for: a ministry's holds every unit of the country
        boolean mayAdd = view.canManage() && c.status == CampaignStatus.PUBLISHED;
        Addressable addTree = mayAdd && addPicked != null ? recipients.addressable(c.issuerUnit, c.referenceDay())
                : null;
        Set<String> asked = view.recipients().stream().map(r -> r.unitCode()).collect(Collectors.toSet());
        return Templates.detail(new Detail(view, parent, relays, relayUnits, relayTree,
                relay == null ? new RelayForm("", "", "", List.of(), null) : relay, proposal, extend, errors, errorsOf,
                relayUnits.isEmpty() ? List.of() : campaigns.relayOutlines(c), mayAdd, addTree, asked,
                addPicked == null ? List.of() : addPicked));
    }

    private ChainLink link(Campaign c) {
        boolean readable = campaigns.canRead(c);
        return new ChainLink(c.id, c.letterNumber, c.letterDate, c.title, c.issuerUnit.name,
                CampaignView.local(c.deadline), c.status.name(), readable ? campaigns.progress(c) : null, readable);
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }
}
