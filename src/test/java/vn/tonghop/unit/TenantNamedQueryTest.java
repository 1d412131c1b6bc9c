package vn.tonghop.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import vn.tonghop.platform.persistence.TenantNamedQuery;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;

/**
 * A read run with the tenant filter off names the tenant itself, and the filter is back on, with the same tenant, once
 * it has run: after a failing query too, the rest of the transaction sees its own tenant's rows only.
 */
@PortalTest
class TenantNamedQueryTest {

    @Inject
    TenantRunner runner;

    private static List<String> codesNamed(String tenant) {
        return Unit.getEntityManager()
                .createQuery("select u.tenantId from Unit u where u.tenantId = :tenant and u.code = :code",
                        String.class)
                .setParameter("tenant", tenant).setParameter("code", FreshTenant.ROOT).getResultList();
    }

    private static List<String> rootsSeen() {
        return Unit.getEntityManager().createQuery("select u.tenantId from Unit u where u.code = :code", String.class)
                .setParameter("code", FreshTenant.ROOT).getResultList();
    }

    @Test
    void theQueryIsGivenItsTenantAndTheFilterIsBackAfterwards() {
        FreshTenant a = FreshTenant.open("tnq-a");
        FreshTenant b = FreshTenant.open("tnq-b");
        runner.run(a.code(), () -> {
            assertEquals(List.of(a.code()), TenantNamedQuery.run(Unit.getSession(), TenantNamedQueryTest::codesNamed));
            List<String> unfiltered = TenantNamedQuery.run(Unit.getSession(), tenant -> rootsSeen());
            assertTrue(unfiltered.containsAll(List.of(a.code(), b.code())), "the filter is off while it runs");
            assertEquals(List.of(a.code()), rootsSeen(), "and on again after it");

            assertThrows(IllegalArgumentException.class, () -> TenantNamedQuery.run(Unit.getSession(), tenant -> {
                throw new IllegalArgumentException("a query that fails");
            }));
            assertEquals(List.of(a.code()), rootsSeen(), "on again after a failure");
        });
        runner.run(b.code(), () -> assertEquals(List.of(b.code()),
                TenantNamedQuery.run(Unit.getSession(), TenantNamedQueryTest::codesNamed)));
    }
}
