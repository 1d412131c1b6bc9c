package vn.tonghop.unit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.platform.files.TabularFile;
import vn.tonghop.platform.i18n.AppMessages;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;

/**
 * Imports units from a CSV or Excel file, all or nothing: every row is checked first and any error refuses the whole
 * file with line-numbered messages. A row whose code already exists in the tenant updates that unit's name and kind
 * only; its parent and dates are left alone (moving a unit is a reorganisation, which keeps history). New units are
 * created parents first, whatever the order of the rows.
 */
@ApplicationScoped
public class UnitImportService {

    public record Result(int created, int updated) {
        public int imported() {
            return created + updated;
        }
    }

    static final int MAX_ROWS = 20_000;
    static final int MAX_MESSAGES = 200;
    static final int MAX_CODE = 32;
    static final int MAX_NAME = 255;

    /** A row that passed its own checks, with its values read. */
    private record Checked(UnitFileRow row, UnitKind kind, LocalDate validFrom, LocalDate validTo, Unit existing) {
        String code() {
            return row.code();
        }

        String parentCode() {
            return row.parentCode();
        }
    }

    @Inject
    UnitService units;

    @Inject
    Event<UnitsImported> imported;

    @Inject
    UnitAccess access;

    @Inject
    Messages messages;

    @Inject
    PortalClock clock;

    // a file of 20 000 rows takes longer than the default minute on a busy server
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public Result importFile(byte[] data) {
        access.requireTenantAdmin();
        AppMessages m = messages.get();
        UnitMessages texts = messages.bundle(UnitMessages.class);
        List<UnitFileRow> rows;
        try {
            rows = UnitFileFormat.read(data, MAX_ROWS, m);
        } catch (TabularFile.RefusedException e) {
            throw e.unreadable() ? PortalException.invalid(e.messages()) : rejected(m, e.messages());
        }
        Map<String, Unit> existing = Unit.<Unit> listAll().stream()
                .collect(Collectors.toMap(u -> u.code, u -> u, (a, b) -> a));
        Errors errors = new Errors(m);
        Map<String, Checked> byCode = new LinkedHashMap<>();
        Set<Long> administered = rows.stream().anyMatch(r -> existing.containsKey(r.code())) ? administeredToday()
                : Set.of();
        for (UnitFileRow row : rows) {
            Checked checked = checkRow(row, existing, administered, byCode, errors, texts);
            if (checked != null) {
                byCode.put(checked.code(), checked);
            }
        }
        checkParents(byCode, existing, errors, texts);
        checkCycles(byCode, existing, errors, texts);
        if (!errors.isEmpty()) {
            throw rejected(m, errors.lines());
        }
        Result result = apply(byCode, existing);
        imported.fire(new UnitsImported(texts.imported(result.imported()), result));
        return result;
    }

    private static PortalException rejected(AppMessages m, List<String> lines) {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(m.importRejected());
        all.addAll(lines);
        return PortalException.invalid(all);
    }

    private Checked checkRow(UnitFileRow row, Map<String, Unit> existing, Set<Long> administered,
            Map<String, Checked> seen, Errors errors, UnitMessages m) {
        int before = errors.count();
        String code = row.code();
        if (code.isEmpty()) {
            errors.add(row, m.importMissingCode());
        } else if (code.length() > MAX_CODE) {
            errors.add(row, m.importCodeTooLong(MAX_CODE));
        } else if (seen.containsKey(code)) {
            errors.add(row, m.importDuplicateCode(code, seen.get(code).row().line()));
        }
        if (row.name().isEmpty()) {
            errors.add(row, m.importMissingName());
        } else if (row.name().length() > MAX_NAME) {
            errors.add(row, m.importNameTooLong(MAX_NAME));
        }
        UnitKind kind = null;
        if (!row.kind().isEmpty()) {
            kind = UnitKind.fromText(row.kind()).orElse(null);
            if (kind == null) {
                errors.add(row, m.importBadKind(row.kind(),
                        Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        LocalDate validFrom = row.validFrom().isEmpty() ? UnitService.DEFAULT_VALID_FROM
                : date(row, row.validFrom(), errors, m);
        LocalDate validTo = row.validTo().isEmpty() ? null : date(row, row.validTo(), errors, m);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            errors.add(row, m.importDateOrder(row.validFrom(), row.validTo()));
        }
        if (errors.count() > before) {
            // a row with its own errors still claims its code, so that a later duplicate is reported once
            if (!code.isEmpty() && !seen.containsKey(code)) {
                seen.put(code, new Checked(row, kind, validFrom, validTo, existing.get(code)));
            }
            return null;
        }
        Unit unit = existing.get(code);
        if (unit != null && !administered.contains(unit.id)
                && !access.administers(unit, units.effectiveDay(unit, clock.today()))) {
            errors.add(row, m.importNotAdmin(code));
        }
        return new Checked(row, kind, validFrom, validTo, unit);
    }

    /** Units under the user's administrator memberships today: one query instead of one per row. */
    private Set<Long> administeredToday() {
        return units.forest(access.administeredUnits(), List.of(), clock.today()).stream().map(UnitView::id)
                .collect(Collectors.toSet());
    }

    private static LocalDate date(UnitFileRow row, String text, Errors errors, UnitMessages m) {
        try {
            return LocalDate.parse(text, UnitFileFormat.DATE_IN);
        } catch (DateTimeParseException e) {
            errors.add(row, m.importBadDate(text));
            return null;
        }
    }

    /** New units need a parent that exists (in the tenant or the file), is valid when they start, and is ours. */
    private void checkParents(Map<String, Checked> byCode, Map<String, Unit> existing, Errors errors, UnitMessages m) {
        Map<String, String> parentVerdicts = new HashMap<>();
        Boolean rootAdmin = null;
        for (Checked c : byCode.values()) {
            if (c.existing() != null || c.validFrom() == null) {
                continue;
            }
            String parentCode = c.parentCode();
            String day = UnitFileFormat.date(c.validFrom());
            if (parentCode.isEmpty()) {
                if (rootAdmin == null) {
                    rootAdmin = isRootAdmin();
                }
                if (!rootAdmin) {
                    errors.add(c.row(), m.importRootNotAllowed());
                }
                continue;
            }
            Unit parent = existing.get(parentCode);
            if (parent != null) {
                // many rows share a parent and a start date: ask once per pair
                String verdict = parentVerdicts.computeIfAbsent(parentCode + "@" + c.validFrom(),
                        k -> units.placementOn(parent, c.validFrom()).isEmpty() ? "invalid"
                                : access.administers(parent, c.validFrom()) ? "ok" : "not-admin");
                if (verdict.equals("invalid")) {
                    errors.add(c.row(), m.importParentNotValid(parentCode, day));
                } else if (verdict.equals("not-admin")) {
                    errors.add(c.row(), m.importNotAdmin(parentCode));
                }
                continue;
            }
            Checked fileParent = byCode.get(parentCode);
            if (fileParent == null || parentCode.equals(c.code())) {
                if (fileParent == null) {
                    errors.add(c.row(), m.importUnknownParent(parentCode));
                }
                continue;
            }
            if (fileParent.validFrom() != null && (fileParent.validFrom().isAfter(c.validFrom())
                    || fileParent.validTo() != null && fileParent.validTo().isBefore(c.validFrom()))) {
                errors.add(c.row(), m.importParentNotValid(parentCode, day));
            }
        }
    }

    private boolean isRootAdmin() {
        LocalDate today = clock.today();
        return access.administeredUnits().stream()
                .anyMatch(u -> units.placementOn(u, today).map(p -> p.parent == null).orElse(false));
    }

    /**
     * Parent references among the file's new units form chains; a chain that comes back on itself can never be created.
     * Each unit has at most one parent, so walking up from every row finds every cycle.
     */
    private static void checkCycles(Map<String, Checked> byCode, Map<String, Unit> existing, Errors errors,
            UnitMessages m) {
        Set<String> done = new java.util.HashSet<>();
        for (String start : byCode.keySet()) {
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            String current = start;
            while (current != null && !done.contains(current)) {
                onPath.put(current, path.size());
                path.add(current);
                String next = newParentInFile(byCode.get(current), byCode, existing);
                if (next != null && onPath.containsKey(next)) {
                    List<String> cycle = new ArrayList<>(path.subList(onPath.get(next), path.size()));
                    cycle.add(next);
                    String text = String.join(" → ", cycle);
                    cycle.subList(0, cycle.size() - 1).stream().map(byCode::get)
                            .sorted(java.util.Comparator.comparingInt(c -> c.row().line()))
                            .forEach(c -> errors.add(c.row(), m.importCycle(c.code(), text)));
                    break;
                }
                current = next;
            }
            done.addAll(path);
        }
    }

    private static String newParentInFile(Checked c, Map<String, Checked> byCode, Map<String, Unit> existing) {
        if (c == null || c.existing() != null || c.parentCode().isEmpty() || existing.containsKey(c.parentCode())) {
            return null;
        }
        return byCode.containsKey(c.parentCode()) ? c.parentCode() : null;
    }

    /** Updates existing units, then creates new ones breadth-first from the parents already in the tenant. */
    private Result apply(Map<String, Checked> byCode, Map<String, Unit> existing) {
        int updated = 0;
        Map<String, List<Checked>> childrenInFile = new HashMap<>();
        Deque<Checked> ready = new ArrayDeque<>();
        for (Checked c : byCode.values()) {
            if (c.existing() != null) {
                c.existing().name = c.row().name();
                if (c.kind() != null) {
                    c.existing().kind = c.kind();
                }
                updated++;
            } else if (c.parentCode().isEmpty() || existing.containsKey(c.parentCode())) {
                ready.add(c);
            } else {
                childrenInFile.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Unit> created = new HashMap<>();
        // paths of the units created here, so that their children need no query (checkParents made sure a parent
        // in the file is valid when its children start; its placement's path does not depend on the day)
        Map<String, String> createdPaths = new HashMap<>();
        Map<String, String> existingPaths = new HashMap<>();
        while (!ready.isEmpty()) {
            Checked c = ready.poll();
            Unit parent = c.parentCode().isEmpty() ? null
                    : Optional.ofNullable(existing.get(c.parentCode())).orElseGet(() -> created.get(c.parentCode()));
            String parentPath;
            if (parent == null) {
                parentPath = "/";
            } else if (createdPaths.containsKey(c.parentCode())) {
                parentPath = createdPaths.get(c.parentCode());
            } else {
                parentPath = existingPaths.computeIfAbsent(c.parentCode() + "@" + c.validFrom(),
                        k -> units.placementOn(parent, c.validFrom()).orElseThrow().path);
            }
            Unit unit = units.create(c.code(), c.row().name(), c.kind() == null ? UnitKind.OFFICE : c.kind(), parent,
                    parentPath, c.validFrom(), c.validTo());
            created.put(c.code(), unit);
            createdPaths.put(c.code(), parentPath + unit.id + "/");
            ready.addAll(childrenInFile.getOrDefault(c.code(), List.of()));
        }
        return new Result(created.size(), updated);
    }

    /** Line-numbered messages in file order, capped so that a wholly wrong file stays readable. */
    private static final class Errors {
        private final AppMessages m;
        private final List<Map.Entry<Integer, String>> entries = new ArrayList<>();

        Errors(AppMessages m) {
            this.m = m;
        }

        void add(UnitFileRow row, String text) {
            entries.add(Map.entry(row.line(), text));
        }

        int count() {
            return entries.size();
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        List<String> lines() {
            List<String> out = entries.stream().sorted(Map.Entry.comparingByKey()).limit(MAX_MESSAGES)
                    .map(e -> m.lineMessage(e.getKey(), e.getValue())).collect(Collectors.toCollection(ArrayList::new));
            if (entries.size() > MAX_MESSAGES) {
                out.add(m.importMoreErrors(entries.size() - MAX_MESSAGES));
            }
            return out;
        }
    }
}
