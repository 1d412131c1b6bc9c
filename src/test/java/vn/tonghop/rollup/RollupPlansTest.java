package vn.tonghop.rollup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.QueryPlans;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * A rollup read after each change (its fingerprints, the chain's states, the recompute) reuses the query plans
 * Hibernate keeps: no plan is added per read, which would push the kept ones out and slow every lookup.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class RollupPlansTest {

    static final int ROUNDS = 5;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void readsAfterChangesAddNoPlan() {
        long campaign = Scenario.bimSonChain();
        round(campaign, 0);
        int before = QueryPlans.kept(sessionFactory);
        for (int i = 1; i <= ROUNDS; i++) {
            round(campaign, i);
        }
        int added = QueryPlans.kept(sessionFactory) - before;
        assertTrue(added <= 1, added + " query plans added by " + ROUNDS + " rollup reads after a change");
    }

    /** A commune changes its figures, then the town reads its rollup. */
    private static void round(long campaign, int n) {
        String path = "/api/campaigns/" + campaign + "/submissions/14794";
        long version = Tokens.as("badinh.cb").get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> body = Scenario.filledReport(version, "14794", 10 + n, 8, 2);
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
        Tokens.as("vp.bimson").get("/api/campaigns/" + campaign + "/rollup").then().statusCode(200);
    }
}
