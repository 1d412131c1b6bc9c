package vn.tonghop.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;
import vn.tonghop.unit.UnitService;
import vn.tonghop.unit.UnitView;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * Who a campaign is addressed to: the units an issuer may address, the recipients a rule and a hand-picked list resolve
 * to (checked against the period and the issuer's reach), how they were chosen, and the report slots that follow. Works
 * inside its caller's transaction, without an interceptor of its own: a refusal it throws is the caller's to turn into
 * a message for its editor step, and would otherwise mark the whole transaction for rollback.
 */
@ApplicationScoped
public class CampaignRecipients {

    /**
     * The units an issuing unit may address on a day: the tree under {@code root} (the issuer, or for a department or
     * office the committee it works for), limited to the user's issuer reach, without the root and the issuer.
     */
    public record Addressable(Unit root, int rootDepth, LocalDate day, List<UnitView> units) {

        public List<UnitView> direct() {
            return units.stream().filter(v -> root.code.equals(v.parentCode())).toList();
        }

        public List<UnitView> ofKind(UnitKind kind) {
            return units.stream().filter(v -> v.kind() == kind).toList();
        }

        public int countOf(String kind) {
            return (int) units.stream().filter(v -> v.kind().name().equals(kind)).count();
        }

        /** Indentation of a unit in the tree, 0 for the root's children. */
        public int indent(UnitView v) {
            return Math.max(0, v.depth() - rootDepth - 1);
        }
    }

    /** How a draft's recipients were chosen: a rule (or none), and the units picked by hand besides it. */
    public record Choice(RecipientSelection selection, List<String> unitCodes) {
    }

    @Inject
    UnitService units;

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    public Addressable addressable(Unit issuer, LocalDate day) {
        Unit root = issuer;
        if (issuer.kind == UnitKind.DEPARTMENT || issuer.kind == UnitKind.OFFICE) {
            root = units.placementOn(issuer, units.effectiveDay(issuer, day)).map(p -> p.parent)
                    .filter(Objects::nonNull).orElse(issuer);
        }
        Set<Long> reach = units.forest(access.unitsWithRole(EnumSet.of(Role.ISSUER)), List.of(), day).stream()
                .map(UnitView::id).collect(Collectors.toSet());
        List<UnitView> tree = units.subtree(root, day);
        int rootDepth = tree.isEmpty() ? 0 : tree.get(0).depth();
        Unit top = root;
        List<UnitView> reachable = tree.stream()
                .filter(v -> v.id() != top.id && v.id() != issuer.id && reach.contains(v.id())).toList();
        return new Addressable(root, rootDepth, day, reachable);
    }

    /**
     * Resolves and checks recipients: those a mode picks (all direct subordinates, all units of a kind) and each listed
     * code, which must exist, be valid during the period, and lie in the issuer's reach (below a unit where the user is
     * issuer), never the issuing unit itself.
     */
    public List<Unit> resolve(Unit issuer, LocalDate day, RecipientSelection selection, List<String> codes) {
        AppMessages msg = messages.get();
        List<String> errors = new ArrayList<>();
        Set<Unit> chosen = new LinkedHashSet<>();
        if (selection != null && selection.mode() != null && selection.mode() != RecipientSelection.Mode.LIST) {
            Addressable addressable = addressable(issuer, day);
            List<UnitView> picked = List.of();
            if (selection.mode() == RecipientSelection.Mode.DIRECT) {
                picked = addressable.direct();
            } else if (selection.kind() == null) {
                errors.add(messages.bundle(CampaignCheckMessages.class).kindNeeded());
            } else {
                picked = addressable.ofKind(selection.kind());
            }
            if (!picked.isEmpty()) {
                Map<Long, Unit> byId = Unit.<Unit> list("id in ?1", picked.stream().map(UnitView::id).toList()).stream()
                        .collect(Collectors.toMap(u -> u.id, Function.identity()));
                picked.forEach(v -> chosen.add(byId.get(v.id())));
            }
        }
        if (codes != null && !codes.isEmpty()) {
            List<String> clean = clean(codes);
            Map<String, Unit> found = clean.isEmpty() ? Map.of()
                    : Unit.<Unit> list("code in ?1", clean).stream()
                            .collect(Collectors.toMap(u -> u.code, Function.identity()));
            for (String code : clean) {
                Unit unit = found.get(code);
                if (unit == null) {
                    errors.add(msg.recipientUnknown(code));
                } else if (!unit.isValidOn(day)) {
                    errors.add(msg.recipientNotValid(code));
                } else if (unit.id.equals(issuer.id) || !access.has(unit, day, EnumSet.of(Role.ISSUER))) {
                    errors.add(msg.recipientOutsideReach(code));
                } else {
                    chosen.add(unit);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw PortalException.invalid(errors);
        }
        if (chosen.isEmpty()) {
            throw PortalException.invalid(msg.recipientsEmpty());
        }
        return new ArrayList<>(chosen);
    }

    /**
     * The draft's report slots, read as {@code current}, become exactly these recipients' (a slot of a draft holds
     * nothing yet).
     */
    void reslot(Campaign c, List<Submission> current, List<Unit> recipients) {
        Map<Long, Submission> slots = current.stream().collect(Collectors.toMap(s -> s.unit.id, Function.identity()));
        Set<Long> wanted = recipients.stream().map(u -> u.id).collect(Collectors.toSet());
        slots.values().stream().filter(s -> !wanted.contains(s.unit.id)).forEach(Submission::delete);
        recipients.stream().filter(u -> !slots.containsKey(u.id)).forEach(u -> slot(c, u));
    }

    /** Keeps how the recipients were chosen, for the editor and for publishing. */
    static void keep(Campaign c, RecipientSelection selection, List<String> codes) {
        c.recipientMode = selection == null || selection.mode() == null ? RecipientSelection.Mode.LIST
                : selection.mode();
        c.recipientKind = c.recipientMode == RecipientSelection.Mode.KIND ? selection.kind() : null;
        c.recipientCodes = codes == null ? new String[0] : clean(codes).toArray(String[]::new);
    }

    /** The codes as typed or ticked, trimmed, without blanks or repeats. */
    private static List<String> clean(List<String> codes) {
        return codes.stream().filter(Objects::nonNull).map(String::trim).filter(code -> !code.isEmpty()).distinct()
                .toList();
    }

    /** How the draft's recipients were chosen: its mode and kind, and the units picked by hand besides them. */
    public Choice choice(Campaign c) {
        List<String> codes = c.recipientCodes != null ? List.of(c.recipientCodes)
                : slots(c).stream().map(s -> s.unit.code).toList();
        return new Choice(new RecipientSelection(c.recipientMode, c.recipientKind), codes);
    }

    /** Opens the unit's report slot in the campaign. */
    void slot(Campaign c, Unit unit) {
        Submission s = new Submission();
        s.campaign = c;
        s.unit = unit;
        s.status = SubmissionStatus.NOT_OPENED;
        s.persist();
    }

    /** The campaign's report slots with their units, by unit code. */
    public List<Submission> slots(Campaign c) {
        return Submission.find("from Submission s join fetch s.unit where s.campaign = ?1 order by s.unit.code", c)
                .list();
    }

    /** The unit's own report slot in the campaign, if it is a recipient. */
    Optional<Submission> slotOf(Campaign c, Unit unit) {
        return Submission.<Submission> find("campaign = ?1 and unit = ?2", c, unit).firstResultOptional();
    }

    static List<String> unitCodes(List<Submission> slots) {
        return slots.stream().map(s -> s.unit.code).toList();
    }
}
