package vn.tonghop.notification;

import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.PortalTenantResolver;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.tenant.Tenant;

/**
 * Runs the scheduled reminders of every tenant, each in its own transaction inside the tenant. Safe to run on every
 * replica at once and to run again after a restart: see {@link ReminderService}. Tests turn the timer off and call
 * {@link #runAll()} with the clock where they want it.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    TenantRunner runner;

    @Inject
    ReminderService reminders;

    @Scheduled(identity = "reminders", every = "${tonghop.reminders.every}", delayed = "${tonghop.reminders.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAll();
    }

    /** Sends what is due now in every tenant; returns how many reminders this run sent. */
    public int runAll() {
        List<String> tenants = runner.call(PortalTenantResolver.NO_TENANT,
                () -> Tenant.<Tenant> listAll().stream().map(t -> t.code).toList());
        int sent = 0;
        for (String tenant : tenants) {
            try {
                sent += runner.call(tenant, reminders::sendDue);
            } catch (RuntimeException e) {
                // one tenant's failure must not stop the others' reminders
                Log.errorf(e, "Reminders of tenant %s failed", tenant);
            }
        }
        return sent;
    }
}
