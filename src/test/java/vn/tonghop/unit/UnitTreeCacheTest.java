package vn.tonghop.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import vn.tonghop.platform.security.TenantRunner;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * The unit tree kept between requests (national rollups read it every time) is the tree as it is: any change, by the
 * application or by SQL alone, is seen at once, and a change rolled back leaves no trace in it.
 */
@PortalTest
class UnitTreeCacheTest {

    static final LocalDate DAY = LocalDate.of(2025, 3, 31);

    @Inject
    UnitService units;

    @Inject
    TenantRunner runner;

    private String nameOf(String tenant, String code) {
        return runner.call(tenant, () -> units.allCached(DAY)).stream().filter(v -> v.code().equals(code)).findFirst()
                .map(UnitView::name).orElse(null);
    }

    private void sql(String tenant, String name) {
        runner.run(tenant,
                () -> Unit.getEntityManager()
                        .createNativeQuery("update unit set name = :name where code = '991' and tenant_id = :tenant")
                        .setParameter("name", name).setParameter("tenant", tenant).executeUpdate());
    }

    @Test
    void aKeptTreeFollowsEveryChangeAndNoRolledBackOne() {
        FreshTenant t = FreshTenant.open("tree");
        Tokens.as(t.admin()).contentType("text/csv")
                .body("code,name,kind,parentCode\n991,Huyện A,huyện,99\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200);
        List<UnitView> first = runner.call(t.code(), () -> units.allCached(DAY));
        assertEquals(List.of("99", "991"), first.stream().map(UnitView::code).toList());
        assertSame(first, runner.call(t.code(), () -> units.allCached(DAY)), "kept while nothing changes");

        Tokens.as(t.admin()).contentType("text/csv")
                .body("code,name,kind,parentCode\n991,Huyện B,huyện,99\n99101,Xã Một,xã,991\n"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/units/import").then().statusCode(200);
        assertEquals("Huyện B", nameOf(t.code(), "991"));
        assertEquals("Xã Một", nameOf(t.code(), "99101"));

        sql(t.code(), "Huyện C");
        assertEquals("Huyện C", nameOf(t.code(), "991"));

        assertThrows(IllegalStateException.class, () -> runner.run(t.code(), () -> {
            Unit.getEntityManager()
                    .createNativeQuery("update unit set name = 'Huyện D' where code = '991' and tenant_id = :tenant")
                    .setParameter("tenant", t.code()).executeUpdate();
            // read inside the transaction that will roll back: the tree kept then must not outlive it
            assertEquals("Huyện D",
                    units.allCached(DAY).stream().filter(v -> v.code().equals("991")).findFirst().orElseThrow().name());
            throw new IllegalStateException("roll back");
        }));
        // the next change gets the rolled-back change's revision number, with another transaction
        sql(t.code(), "Huyện E");
        assertEquals("Huyện E", nameOf(t.code(), "991"));
    }
}
