package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import vn.tonghop.campaign.CampaignRecipients.Addressable;
import vn.tonghop.platform.i18n.Formats;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.template.TemplateVersion;
import vn.tonghop.unit.Unit;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * The campaign page's relay form: the recipient units the user relays through, the tree they may address, the deadline
 * proposed, and the posted form read into a relay.
 */
@ApplicationScoped
public class RelayPanel {

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

    /** What the campaign page shows of relaying; no units when the user has none left to relay through. */
    record Panel(List<Unit> units, Addressable tree, RelayForm form, String proposal, List<TemplateVersion> outlines) {
    }

    @Inject
    CampaignAccess campaigns;

    @Inject
    CampaignDeadlines deadlines;

    @Inject
    CampaignRelay relays;

    @Inject
    CampaignRecipients recipients;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    /** The relay form for the campaign, filled with {@code typed} when it was refused, else with proposals. */
    Panel panel(Campaign c, RelayForm typed) {
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
            OffsetDateTime proposed = deadlines.proposedRelayDeadline(c, relaying);
            proposal = camp().relayProposal(CampaignText.format(proposed),
                    CampaignText.format(deadlines.relayLimit(c, relaying)));
            if (relay == null) {
                relay = new RelayForm(relaying.code, "", Formats.inputValue(proposed),
                        relayTree.direct().stream().map(v -> v.code()).toList(), null);
            }
        }
        return new Panel(relayUnits, relayTree, relay == null ? new RelayForm("", "", "", List.of(), null) : relay,
                proposal, relayUnits.isEmpty() ? List.of() : relays.relayOutlines(c));
    }

    static RelayForm read(MultivaluedMap<String, String> fields) {
        List<String> codes = fields.get("recipientUnitCodes");
        return new RelayForm(fields.getFirst("issuerUnitCode"), fields.getFirst("letterNumber"),
                fields.getFirst("deadline"), codes == null ? List.of() : List.copyOf(codes),
                fields.getFirst("outline"));
    }

    /** Relays the campaign as the form asks; refused with what of the form could not be read. */
    Campaign relay(long id, RelayForm relay) {
        List<String> unread = new ArrayList<>();
        OffsetDateTime deadline = CampaignForms.dateTime(relay.deadline(), check().fieldDeadline(), check(), unread);
        if (!unread.isEmpty()) {
            throw PortalException.invalid(unread);
        }
        String[] outline = relay.outline() == null ? new String[0] : relay.outline().split(":", 2);
        return relays.relay(id,
                new RelayCommand(relay.issuerUnitCode(), deadline, relay.recipientUnitCodes(), relay.letterNumber(),
                        null, null, null, null, null, outline.length == 2 ? outline[0] : null,
                        outline.length == 2 ? Integer.valueOf(outline[1]) : null));
    }

    private CampaignMessages camp() {
        return messages.bundle(CampaignMessages.class);
    }

    private CampaignCheckMessages check() {
        return messages.bundle(CampaignCheckMessages.class);
    }
}
