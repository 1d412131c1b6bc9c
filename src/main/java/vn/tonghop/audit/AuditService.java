package vn.tonghop.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitPlacement;
import vn.tonghop.user.AccessService;
import vn.tonghop.user.Role;

/**
 * Browsing the audit trail: tenant administrators only, and only the lines about units they administer (at any time, so
 * history of dissolved units stays readable); lines about no unit (imports, the tenant) to administrators of the root.
 * Nothing here changes a line.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 1000;

    /** The filter as typed: every field optional; days as dd/MM/yyyy or yyyy-MM-dd, inclusive. */
    public record Filter(String action, String unit, String from, String to, String user) {
        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    @Inject
    AccessService access;

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    public List<AuditEntry> search(Filter filter, Integer limit) {
        access.requireTenantAdmin();
        AuditMessages m = messages.bundle(AuditMessages.class);
        List<String> problems = new ArrayList<>();
        AuditAction action = null;
        if (!blank(filter.action())) {
            try {
                action = AuditAction.valueOf(filter.action().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(m.badAction(filter.action()));
            }
        }
        LocalDate from = day(filter.from(), problems);
        LocalDate to = day(filter.to(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(m.badRange());
        }
        if (!problems.isEmpty()) {
            throw PortalException.invalid(problems);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<Unit> adminUnits = access.unitsWithRole(EnumSet.of(Role.ADMIN));
        if (!administersARoot(adminUnits)) {
            where.append(" and exists (from UnitPlacement p, UnitPlacement a where p.unit.id = e.unitId"
                    + " and a.unit in :adminUnits and p.path like concat(a.path, '%'))");
            params.put("adminUnits", adminUnits);
        }
        if (action != null) {
            where.append(" and e.action = :action");
            params.put("action", action);
        }
        if (!blank(filter.unit())) {
            where.append(" and e.unitCode = :unit");
            params.put("unit", filter.unit().trim());
        }
        if (!blank(filter.user())) {
            where.append(" and e.username = :user");
            params.put("user", filter.user().trim());
        }
        if (from != null) {
            where.append(" and e.at >= :from");
            params.put("from", from.atStartOfDay(PortalClock.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            where.append(" and e.at < :to");
            params.put("to", to.plusDays(1).atStartOfDay(PortalClock.ZONE).toOffsetDateTime());
        }
        int size = limit == null || limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        return AuditEvent
                .<AuditEvent> find("from AuditEvent e where " + where + " order by e.at desc, e.id desc", params)
                .page(0, size).stream().map(this::entry).toList();
    }

    /** An administrator of a unit without a parent sees the whole tenant. */
    private static boolean administersARoot(List<Unit> adminUnits) {
        return !adminUnits.isEmpty() && UnitPlacement.count("unit in ?1 and parent is null", adminUnits) > 0;
    }

    private AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.id, PortalClock.local(e.at), e.username, e.unitCode, e.action.name(), e.entityType,
                e.entityId, e.summary, node(e.before), node(e.after));
    }

    private JsonNode node(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit values are not JSON", e);
        }
    }

    private LocalDate day(String text, List<String> problems) {
        try {
            return PortalClock.parseDay(text).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(messages.get().badDate(text));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
