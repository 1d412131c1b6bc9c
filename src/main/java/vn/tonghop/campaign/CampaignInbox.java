package vn.tonghop.campaign;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;

/**
 * The inbox as the page shows it: one line per report asked of my units, with the issuer, letter, period, deadline and
 * time left, and the status; filtered by a status group and a period.
 */
@RequestScoped
public class CampaignInbox {

    /** Status groups of the filter, each the display statuses it takes. */
    public enum Filter {
        TODO(Set.of("NOT_OPENED", "DRAFT", "RETURNED")), AWAITING_APPROVAL(Set.of("AWAITING_APPROVAL")),
        SUBMITTED(Set.of("SUBMITTED", "SUBMITTED_LATE")), MISSING(Set.of("MISSING"));

        final Set<String> statuses;

        Filter(Set<String> statuses) {
            this.statuses = statuses;
        }

        static Filter of(String text) {
            for (Filter f : values()) {
                if (f.name().equals(text)) {
                    return f;
                }
            }
            return null;
        }
    }

    public record Row(CampaignApiResource.InboxEntry entry, String timeLeft, String reportPath) {
    }

    /** {@code status} and {@code period} are the filter as chosen ("" for all); {@code total} counts before it. */
    public record View(List<Row> rows, int total, String status, String period, List<String> statuses,
            List<String> periods) {

        public boolean filtered() {
            return !status.isEmpty() || !period.isEmpty();
        }
    }

    @Inject
    CampaignApiResource api;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    public View view(String status, String period) {
        List<CampaignApiResource.InboxEntry> all = api.inbox();
        Filter filter = Filter.of(status);
        String chosenPeriod = period == null ? "" : period.strip();
        List<Row> rows = all.stream().filter(e -> filter == null || filter.statuses.contains(e.status()))
                .filter(e -> chosenPeriod.isEmpty() || chosenPeriod.equals(e.periodLabel()))
                .map(e -> new Row(e, timeLeft(e.status(), e.deadline()),
                        "/campaigns/" + e.campaignId() + "/submissions/" + e.unitCode()))
                .toList();
        List<String> periods = all.stream().map(CampaignApiResource.InboxEntry::periodLabel)
                .filter(p -> p != null && !p.isBlank()).distinct().sorted().toList();
        return new View(rows, all.size(), filter == null ? "" : filter.name(), chosenPeriod,
                java.util.Arrays.stream(Filter.values()).map(Enum::name).toList(), periods);
    }

    String timeLeft(String status, OffsetDateTime deadline) {
        if (status.startsWith("SUBMITTED")) {
            return "";
        }
        Duration left = Duration.between(clock.now(), deadline.toInstant());
        if (left.isNegative()) {
            Duration over = left.negated();
            return messages.bundle(CampaignMessages.class).overdueBy(over.toDays(), over.toHoursPart());
        }
        return messages.get().timeLeft(left.toDays(), left.toHoursPart());
    }
}
