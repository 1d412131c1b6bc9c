package vn.tonghop.regime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The new-regime form as typed: every field kept as text so that a refused form comes back as it was. Day fields that
 * are not whole numbers are refused on their field before the service sees them.
 */
public record RegimeForm(String templateCode, String issuerUnitCode, String title, String subject, String respondsTo,
        String signerName, String signerTitle, String signerCapacity, String frequency, String firstPeriod,
        String lastPeriod, String cutoffDay, String deadlineMode, String deadlineDay, String deadlineOffsetDays,
        String rule, String kind, String unitCodes) {

    static RegimeForm blank(String issuer, String template) {
        return new RegimeForm(template, issuer, "", "", "", "", "", "", "QUARTERLY", "", "", "14", "DAY", "18", "",
                "CHILDREN", "COMMUNE", "");
    }

    static RegimeForm read(MultivaluedMap<String, String> f) {
        return new RegimeForm(v(f, "templateCode"), v(f, "issuerUnitCode"), v(f, "title"), v(f, "subject"),
                v(f, "respondsTo"), v(f, "signerName"), v(f, "signerTitle"), v(f, "signerCapacity"), v(f, "frequency"),
                v(f, "firstPeriod"), v(f, "lastPeriod"), v(f, "cutoffDay"), v(f, "deadlineMode"), v(f, "deadlineDay"),
                v(f, "deadlineOffsetDays"), v(f, "rule"), v(f, "kind"), v(f, "unitCodes"));
    }

    private static String v(MultivaluedMap<String, String> f, String name) {
        String value = f.getFirst(name);
        return value == null ? "" : value;
    }

    /** The command the form stands for; numbers that cannot be read are added to {@code errors}. */
    RegimeCommand command(List<FieldError> errors, RegimeMessages reg) {
        boolean offset = "OFFSET".equals(deadlineMode);
        List<String> codes = Arrays.stream(unitCodes.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        return new RegimeCommand(templateCode, null, issuerUnitCode, title, subject, null, null, null, signerName,
                signerTitle, signerCapacity, respondsTo, null, frequency, firstPeriod, lastPeriod,
                number("cutoffDay", cutoffDay, reg.fieldCutoffDay(), errors, reg),
                offset ? null : number("deadlineDay", deadlineDay, reg.fieldDeadlineDay(), errors, reg),
                offset ? number("deadlineOffsetDays", deadlineOffsetDays, reg.fieldOffset(), errors, reg) : null,
                new RegimeCommand.Recipients(rule, kind, new ArrayList<>(codes)), null, null, null);
    }

    private static Integer number(String field, String text, String label, List<FieldError> errors,
            RegimeMessages reg) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, reg.notANumber(label, text.trim())));
            return null;
        }
    }

    public boolean offset() {
        return "OFFSET".equals(deadlineMode);
    }
}
