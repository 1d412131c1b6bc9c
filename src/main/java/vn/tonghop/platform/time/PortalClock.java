package vn.tonghop.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's notion of "now", always in Asia/Ho_Chi_Minh. Tests move it (a report campaign of April 2017 needs a
 * clock set in April 2017) instead of sleeping or faking dates.
 */
@ApplicationScoped
public class PortalClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A day as sent by a date picker or JSON (2025-07-01) or as typed (01/07/2025); empty for blank text.
     *
     * @throws DateTimeParseException
     *             when the text is neither
     */
    public static Optional<LocalDate> parseDay(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        return Optional.of(t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, TYPED_DATE));
    }

    /** A stored instant as Vietnam time (+07:00), the way the API and pages show it. */
    public static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
    }

    private volatile Clock clock = Clock.system(ZONE);

    public Instant now() {
        return clock.instant();
    }

    public OffsetDateTime nowOffset() {
        return OffsetDateTime.ofInstant(clock.instant(), ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests only: fixes the clock, or resets it with null. */
    public void set(Clock fixed) {
        this.clock = fixed == null ? Clock.system(ZONE) : fixed.withZone(ZONE);
    }
}
