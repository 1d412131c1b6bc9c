package vn.tonghop.platform.security;

import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/** Runs work for a given tenant outside a user's request (loaders, jobs), in its own transaction. */
@ApplicationScoped
public class TenantRunner {

    @Inject
    TenantContext tenantContext;

    @ActivateRequestContext
    public <T> T call(String tenantCode, Supplier<T> work) {
        String previous = tenantContext.use(tenantCode);
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            tenantContext.use(previous);
        }
    }

    public void run(String tenantCode, Runnable work) {
        call(tenantCode, () -> {
            work.run();
            return null;
        });
    }
}
