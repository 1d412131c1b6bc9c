package vn.tonghop.regime;

import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tonghop.platform.security.PortalTenantResolver;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.tenant.Tenant;
import vn.tonghop.unit.Unit;

/**
 * Opens each regime's period when it starts, in every tenant, each regime in its own transaction inside its tenant.
 * Safe on every replica at once and after a restart: {@link RegimeOpener} claims each period once. Periods whose
 * reports are already due are not opened (a portal started after a long stop does not send past periods). Tests turn
 * the timer off and call {@link #runAll()} with the clock where they want it.
 */
@ApplicationScoped
public class RegimeJob {

    @Inject
    TenantRunner runner;

    @Inject
    RegimeOpener opener;

    @Inject
    PortalClock clock;

    @Scheduled(identity = "regimes", every = "${tonghop.regimes.every}", delayed = "${tonghop.regimes.delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAll();
    }

    /** Opens what is due now in every tenant; returns how many campaigns this run opened. */
    public int runAll() {
        List<String> tenants = runner.call(PortalTenantResolver.NO_TENANT,
                () -> Tenant.<Tenant> listAll().stream().map(t -> t.code).toList());
        int opened = 0;
        for (String tenant : tenants) {
            List<Long> regimes = runner.call(tenant,
                    () -> Regime.<Regime> list("order by id").stream().map(r -> r.id).toList());
            for (long id : regimes) {
                try {
                    opened += runner.call(tenant, () -> openDue(id));
                } catch (RuntimeException e) {
                    // one regime's failure must not stop the others
                    Log.errorf(e, "Regime %d of tenant %s could not open its period", id, tenant);
                }
            }
        }
        return opened;
    }

    /** Opens every period of the regime that has started, is not opened and is not yet due. */
    private int openDue(long regimeId) {
        Regime r = Regime.findById(regimeId);
        List<String> done = OpenedPeriod.<OpenedPeriod> list("regime", r).stream().map(o -> o.periodCode).toList();
        int opened = 0;
        for (RegimePeriod p = r.first(); r.covers(p) && !p.start().isAfter(clock.today()); p = p.next()) {
            if (done.contains(p.code()) || !r.rule().deadline(p).toInstant().isAfter(clock.now())) {
                continue;
            }
            List<Unit> to = opener.recipientsOf(r, p);
            if (to.isEmpty()) {
                Log.warnf("Regime %d reaches no unit in %s: not opened", r.id, p.code());
                continue;
            }
            if (opener.open(r, p, to, null).isPresent()) {
                opened++;
            }
        }
        return opened;
    }
}
