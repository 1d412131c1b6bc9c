package vn.tonghop.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

/**
 * Merges, dissolutions and moves, effective on a date. Placements before the date stay as they were, so reports of
 * earlier periods still roll up through the old tree.
 */
@ApplicationScoped
@Transactional
public class ReorganisationService {

    @Inject
    UnitService units;

    @Inject
    Event<UnitReorganised> reorganised;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitAccess access;

    @Inject
    PlacementPaths placements;

    static final int MAX_NOTE = 1000;

    /**
     * Carries out an administrator's request: the user must administer both the unit and the receiving unit on the
     * effective day, and the receiving unit must lie outside the unit's subtree.
     */
    public UnitEvent apply(Reorganisation request) {
        access.requireTenantAdmin();
        AppMessages m = messages.get();
        UnitMessages texts = messages.bundle(UnitMessages.class);
        List<String> problems = new ArrayList<>();
        UnitEvent.Kind kind = request.kind();
        if (kind == null) {
            problems.add(m.fieldRequired(m.action()));
        }
        if (blank(request.unitCode())) {
            problems.add(m.fieldRequired(m.navUnits()));
        }
        if (kind != null && kind != UnitEvent.Kind.DISSOLVE && blank(request.targetCode())) {
            problems.add(m.fieldRequired(kind == UnitEvent.Kind.MERGE ? texts.mergeInto() : texts.moveTo()));
        }
        LocalDate day = null;
        try {
            day = PortalClock.parseDay(request.effectiveOn()).orElse(null);
            if (day == null) {
                problems.add(m.fieldRequired(texts.effectiveOn()));
            }
        } catch (DateTimeParseException e) {
            problems.add(m.badDate(request.effectiveOn()));
        }
        String note = blank(request.note()) ? null : request.note().trim();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(m.tooLong(m.note(), MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        Unit unit = administered(request.unitCode().trim(), day);
        Unit target = blank(request.targetCode()) ? null : administered(request.targetCode().trim(), day);
        if (target != null && (target.id.equals(unit.id) || units.isWithin(target, unit, day))) {
            throw PortalException.invalid(texts.moveIntoOwnSubtree());
        }
        checkStarted(unit, day);
        UnitEvent event = switch (kind) {
            case MERGE -> merge(unit, target, day, note);
            case DISSOLVE -> dissolve(unit, target, day, note);
            case MOVE -> move(unit, target, day, note);
        };
        reorganised.fire(new UnitReorganised(event));
        return event;
    }

    /** A unit the user administers on the day; 404 when they cannot see it at all, as elsewhere. */
    private Unit administered(String code, LocalDate day) {
        Unit unit = units.require(code);
        access.requireVisible(unit, units.effectiveDay(unit, day));
        if (units.placementOn(unit, day).isEmpty()) {
            throw notValid(unit, day);
        }
        access.requireAdministrator(unit, day);
        return unit;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Reorganisations of units the user can see, on the day before (the unit as it was) or on the day (the receiver).
     */
    public List<UnitEvent> visibleHistory() {
        return history().stream().filter(e -> access.canSee(e.unit, e.effectiveOn.minusDays(1))
                || e.target != null && access.canSee(e.target, e.effectiveOn)).toList();
    }

    /** Moves a unit with its whole subtree under a new parent from {@code day} on. */
    public UnitEvent move(Unit unit, Unit newParent, LocalDate day, String note) {
        relocate(unit, newParent, day);
        return record(UnitEvent.Kind.MOVE, unit, newParent, day, note);
    }

    /** Ends a unit the day before {@code day}; its children move under {@code receiver}. */
    public UnitEvent dissolve(Unit unit, Unit receiver, LocalDate day, String note) {
        end(unit, receiver, day);
        return record(UnitEvent.Kind.DISSOLVE, unit, receiver, day, note);
    }

    /** Merges a unit into another: children move to the target and the unit ends the day before. */
    public UnitEvent merge(Unit unit, Unit target, LocalDate day, String note) {
        end(unit, target, day);
        return record(UnitEvent.Kind.MERGE, unit, target, day, note);
    }

    public List<UnitEvent> history() {
        return UnitEvent.find(
                "from UnitEvent e join fetch e.unit left join fetch e.target order by e.effectiveOn desc, e.id desc")
                .list();
    }

    private void end(Unit unit, Unit receiver, LocalDate day) {
        checkStarted(unit, day);
        units.placementOn(unit, day).orElseThrow(() -> notValid(unit, day));
        List<UnitPlacement> children = UnitPlacement
                .list("parent = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)", unit, day);
        for (UnitPlacement child : children) {
            if (receiver == null) {
                throw PortalException.invalid(messages.get().unitNotValidOn(child.unit.code, format(day)));
            }
            relocate(child.unit, receiver, day);
        }
        // relocate() clears the persistence context: work on fresh copies
        Unit ended = Unit.findById(unit.id);
        LocalDate lastDay = day.minusDays(1);
        units.placementOn(ended, day).ifPresent(p -> p.validTo = lastDay);
        ended.validTo = lastDay;
        placements.clear();
    }

    private void relocate(Unit unit, Unit newParent, LocalDate day) {
        checkStarted(unit, day);
        String oldPath = units.placementOn(unit, day).orElseThrow(() -> notValid(unit, day)).path;
        String parentPath = units.placementOn(newParent, day).orElseThrow(() -> notValid(newParent, day)).path;
        if (parentPath.startsWith(oldPath)) {
            throw PortalException.invalid(messages.bundle(UnitMessages.class).moveIntoOwnSubtree());
        }
        String newPath = parentPath + unit.id + "/";
        var em = Panache.getEntityManager();
        em.flush();
        // Subtree placements open on the day: copy them with the new prefix from the day, then close the old ones.
        em.createNativeQuery("""
                insert into unit_placement (tenant_id, unit_id, parent_id, path, valid_from, valid_to)
                select p.tenant_id, p.unit_id, case when p.unit_id = :unit then :parent else p.parent_id end,
                       :newPath || substr(p.path, length(:oldPath) + 1), :day, p.valid_to
                  from unit_placement p
                 where p.tenant_id = :tenant and p.path like :oldPath || '%'
                   and p.valid_from < :day and (p.valid_to is null or p.valid_to >= :day)""")
                .setParameter("unit", unit.id).setParameter("parent", newParent.id).setParameter("newPath", newPath)
                .setParameter("oldPath", oldPath).setParameter("day", day).setParameter("tenant", unit.tenantId)
                .executeUpdate();
        em.createNativeQuery("""
                update unit_placement set valid_to = :lastDay
                 where tenant_id = :tenant and path like :oldPath || '%'
                   and valid_from < :day and (valid_to is null or valid_to >= :day)""")
                .setParameter("lastDay", day.minusDays(1)).setParameter("tenant", unit.tenantId)
                .setParameter("oldPath", oldPath).setParameter("day", day).executeUpdate();
        // Placements that only start on or after the day are re-pathed in place.
        em.createNativeQuery("""
                update unit_placement
                   set path = :newPath || substr(path, length(:oldPath) + 1),
                       parent_id = case when unit_id = :unit then :parent else parent_id end
                 where tenant_id = :tenant and path like :oldPath || '%' and valid_from >= :day""")
                .setParameter("newPath", newPath).setParameter("oldPath", oldPath).setParameter("unit", unit.id)
                .setParameter("parent", newParent.id).setParameter("tenant", unit.tenantId).setParameter("day", day)
                .executeUpdate();
        em.clear();
        placements.clear();
    }

    private void checkStarted(Unit unit, LocalDate day) {
        if (!day.isAfter(unit.validFrom)) {
            throw PortalException
                    .invalid(messages.bundle(UnitMessages.class).effectiveTooEarly(format(unit.validFrom)));
        }
    }

    private PortalException notValid(Unit unit, LocalDate day) {
        return PortalException.invalid(messages.get().unitNotValidOn(unit.code, format(day)));
    }

    private static String format(LocalDate day) {
        return day.format(PortalClock.DATE);
    }

    private UnitEvent record(UnitEvent.Kind kind, Unit unit, Unit target, LocalDate day, String note) {
        UnitEvent event = new UnitEvent();
        event.kind = kind;
        event.unit = Unit.findById(unit.id);
        event.target = target == null ? null : Unit.findById(target.id);
        event.effectiveOn = day;
        event.note = note;
        event.createdBy = currentUser.username();
        event.persist();
        return event;
    }
}
