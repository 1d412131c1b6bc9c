package vn.tonghop.notification;

/** Why a unit is told something. The scheduled reminder kinds are also the keys of {@link ReminderSent}. */
public enum NotificationKind {
    /** A campaign addressed to the unit was published. */
    PUBLISHED,
    /** The deadline was extended, for everyone or for the unit. */
    EXTENDED,
    /** The issuer returned the unit's report for revision. */
    RETURNED,
    /** A reporter sent the unit's report to its approvers (only they are e-mailed). */
    AWAITING_APPROVAL,
    /** Scheduled: the deadline is a few days away ({@code Campaign.reminderDays}). */
    REMINDER_BEFORE,
    /** Scheduled: the deadline is today. */
    REMINDER_DUE,
    /** Scheduled: the deadline has passed and the report is still missing. */
    REMINDER_OVERDUE,
    /** Sent by the issuer from the dashboard. */
    REMINDER;

    public boolean isReminder() {
        return name().startsWith("REMINDER");
    }
}
