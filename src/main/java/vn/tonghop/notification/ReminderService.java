package vn.tonghop.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.audit.AuditAction;
import vn.tonghop.audit.AuditLog;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.CampaignAccess;
import vn.tonghop.campaign.CampaignStatus;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.platform.web.PortalException;
import vn.tonghop.unit.Unit;

/**
 * Reminders to units that have not submitted: scheduled ones a few days before the deadline, on the day and once
 * overdue (each once per deadline: an extended one gets its own), and the issuer's "remind now". A scheduled reminder
 * is claimed by inserting its row into {@code reminder_sent} with "on conflict do nothing" before anything is sent: of
 * several replicas running at once, only the one whose insert went in sends it, and a restarted portal finds the rows
 * already there.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    /** A scheduled reminder due for one unit's report. */
    public record Due(Submission submission, NotificationKind kind, OffsetDateTime deadline) {
    }

    @Inject
    NotificationService notifications;

    @Inject
    CampaignAccess campaigns;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    Messages messages;

    /** Overdue reminders stop after this long, so that a portal started on old data does not mail years of history. */
    @ConfigProperty(name = "tonghop.reminders.overdue-window", defaultValue = "P30D")
    Duration overdueWindow;

    /** Which scheduled reminder, if any, a report with this deadline needs at this moment. */
    public static Optional<NotificationKind> kindDue(OffsetDateTime deadline, int reminderDays, OffsetDateTime now,
            Duration overdueWindow) {
        LocalDate today = now.atZoneSameInstant(PortalClock.ZONE).toLocalDate();
        LocalDate dueDay = deadline.atZoneSameInstant(PortalClock.ZONE).toLocalDate();
        if (now.isAfter(deadline)) {
            return now.isAfter(deadline.plus(overdueWindow)) ? Optional.empty()
                    : Optional.of(NotificationKind.REMINDER_OVERDUE);
        }
        if (today.equals(dueDay)) {
            return Optional.of(NotificationKind.REMINDER_DUE);
        }
        if (reminderDays > 0 && !today.isBefore(dueDay.minusDays(reminderDays))) {
            return Optional.of(NotificationKind.REMINDER_BEFORE);
        }
        return Optional.empty();
    }

    /** The scheduled reminders due now in the current tenant, in a fixed order (so that concurrent runs queue up). */
    public List<Due> due() {
        OffsetDateTime now = clock.nowOffset();
        List<Submission> open = Submission.<Submission> find(
                "from Submission s join fetch s.campaign c join fetch s.unit where c.status = ?1 and s.status <> ?2",
                CampaignStatus.PUBLISHED, SubmissionStatus.SUBMITTED).list();
        List<Due> out = new ArrayList<>();
        for (Submission s : open) {
            OffsetDateTime deadline = s.effectiveDeadline();
            kindDue(deadline, s.campaign.reminderDays, now, overdueWindow)
                    .ifPresent(kind -> out.add(new Due(s, kind, deadline)));
        }
        out.sort(Comparator.comparing((Due d) -> d.submission().campaign.id).thenComparing(d -> d.submission().unit.id)
                .thenComparing(Due::kind));
        return out;
    }

    /** Sends the scheduled reminders due now in the current tenant; returns how many this call sent. */
    public int sendDue() {
        int sent = 0;
        for (Due d : due()) {
            if (claim(d)) {
                Submission s = d.submission();
                notifications.notify(s.campaign, s.unit, d.kind(), s.campaign.title);
                audit.record(AuditAction.REMIND, s.unit, "campaign", s.campaign.id, d.kind().name(), null, null);
                sent++;
            }
        }
        return sent;
    }

    /**
     * Inserts the reminder's row unless it exists, and only while the report is still not submitted. A concurrent run
     * that inserted the same row first makes this insert wait for its commit, then do nothing.
     */
    private boolean claim(Due d) {
        Submission s = d.submission();
        return Submission.getEntityManager().createNativeQuery("""
                insert into reminder_sent (tenant_id, campaign_id, unit_id, kind, deadline, sent_at)
                select :tenant, :campaign, :unit, :kind, :deadline, :at
                 where exists (select 1 from submission where id = :submission and status <> 'SUBMITTED')
                on conflict (campaign_id, unit_id, kind, deadline) do nothing""").setParameter("tenant", s.tenantId)
                .setParameter("campaign", s.campaign.id).setParameter("unit", s.unit.id)
                .setParameter("kind", d.kind().name()).setParameter("deadline", d.deadline())
                .setParameter("at", clock.nowOffset()).setParameter("submission", s.id).executeUpdate() == 1;
    }

    /**
     * The issuer reminds, now, the recipients that have not submitted: all of them, or those of {@code unitCodes}.
     * Returns the units reminded.
     */
    public List<Unit> remindNow(long campaignId, List<String> unitCodes) {
        Campaign c = campaigns.find(campaignId);
        if (!campaigns.canManage(c)) {
            throw PortalException.forbidden(messages.get().forbidden());
        }
        NotificationMessages m = messages.bundle(NotificationMessages.class);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw PortalException.conflict(m.remindNotOpen());
        }
        List<Submission> notSubmitted = campaigns.submissions(c).stream()
                .filter(s -> s.status != SubmissionStatus.SUBMITTED).toList();
        List<Submission> pending = notSubmitted;
        if (unitCodes != null && !unitCodes.isEmpty()) {
            List<String> unknown = unitCodes.stream()
                    .filter(code -> notSubmitted.stream().noneMatch(s -> s.unit.code.equals(code))).toList();
            if (!unknown.isEmpty()) {
                throw PortalException.invalid(unknown.stream().map(m::remindNotPending).toList());
            }
            pending = notSubmitted.stream().filter(s -> unitCodes.contains(s.unit.code)).toList();
        }
        for (Submission s : pending) {
            notifications.notify(c, s.unit, NotificationKind.REMINDER, c.title);
        }
        List<Unit> reminded = pending.stream().map(s -> s.unit).toList();
        audit.record(AuditAction.REMIND, c.issuerUnit, "campaign", c.id,
                String.join(", ", reminded.stream().map(u -> u.code).toList()), null, null);
        return reminded;
    }
}
