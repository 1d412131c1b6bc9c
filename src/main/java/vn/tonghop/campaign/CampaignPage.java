package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

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
import vn.tonghop.campaign.CampaignRecipients.Addressable;
import vn.tonghop.campaign.RelayPanel.RelayForm;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.Flash;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitView;

/**
 * The campaign page with its chain, recipients and the issuer's and relaying unit's actions. Forms post back to the
 * page: success redirects (post/redirect/get, message in {@link Flash}), a refusal re-renders it with what was typed.
 */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@Transactional
public class CampaignPage {

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
        static native TemplateInstance detail(Detail detail);
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignLifecycle lifecycle;

    @Inject
    CampaignDeadlines deadlines;

    @Inject
    RecipientAddition addition;

    @Inject
    CampaignViews views;

    @Inject
    CampaignChain chain;

    @Inject
    RelayPanel relayPanel;

    @Inject
    CampaignRecipients recipients;

    @Inject
    Messages messages;

    @Inject
    Flash flash;

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
                    lifecycle.publish(id);
                    return flash.redirect("/campaigns/" + id, messages.get().campaignPublished());
                }
                case "close" -> {
                    lifecycle.close(id);
                    return flash.redirect("/campaigns/" + id, camp().closed());
                }
                case "archive" -> {
                    lifecycle.archive(id);
                    return flash.redirect("/campaigns/" + id, camp().archived());
                }
                case "extend" -> {
                    extend = new ExtendForm(fields.getFirst("unitCode"), fields.getFirst("extendDeadline"),
                            fields.getFirst("reason"));
                    List<String> unread = new ArrayList<>();
                    OffsetDateTime deadline = CampaignForms.dateTime(extend.deadline(), camp().newDeadline(), check(),
                            unread);
                    if (!unread.isEmpty()) {
                        throw PortalException.invalid(unread);
                    }
                    deadlines.extend(id, extend.unitCode(), deadline, extend.reason());
                    return flash.redirect("/campaigns/" + id, camp().extended());
                }
                case "add-recipients" -> {
                    List<String> codes = fields.get("addUnitCodes");
                    addPicked = codes == null ? List.of() : List.copyOf(codes);
                    int added = addition.addRecipients(id, addPicked).size();
                    return flash.redirect("/campaigns/" + id, camp().recipientsAdded(added));
                }
                case "relay" -> {
                    relay = RelayPanel.read(fields);
                    Campaign child = relayPanel.relay(id, relay);
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
        CampaignView view = views.of(c);
        ChainLink parent = c.parent == null ? null : chain.link(c.parent);
        List<ChainLink> relays = chain.relays(c);
        RelayPanel.Panel relay = relayPanel.panel(c, typed);
        // the tree for adding recipients only when asked for: a ministry's holds every unit of the country
        boolean mayAdd = view.canManage() && c.status == CampaignStatus.PUBLISHED;
        Addressable addTree = mayAdd && addPicked != null ? recipients.addressable(c.issuerUnit, c.referenceDay())
                : null;
        Set<String> asked = view.recipients().stream().map(r -> r.unitCode()).collect(Collectors.toSet());
        return Templates.detail(new Detail(view, parent, relays, relay.units(), relay.tree(), relay.form(),
                relay.proposal(), extend, errors, errorsOf, relay.outlines(), mayAdd, addTree, asked,
                addPicked == null ? List.of() : addPicked));
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
