package vn.tonghop.submission;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.QueryPlans;
import vn.tonghop.support.PortalTime;
import vn.tonghop.support.Scenario;
import vn.tonghop.support.Tokens;

/**
 * The reads made on every save (the report with its campaign and unit, the issuer check, the unit tree's revision)
 * reuse the query plans Hibernate keeps: a tenant's session translates no query anew each time and adds no plan per
 * save, which under a deadline rush took a third of the portal's time.
 */
@PortalTest
@PortalTime(Scenario.APRIL_22_2017_TEXT)
class SavePlansTest {

    static final int SAVES = 6;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void repeatedSavesReuseTheirPlansAndAddNone() {
        long campaign = Scenario.bimSonChain();
        String path = SubmissionPageTest.api(campaign, "14794");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            save(path, 0);
            int plansBefore = QueryPlans.kept(sessionFactory);
            statistics.clear();
            for (int i = 1; i <= SAVES; i++) {
                save(path, i);
            }
            int added = QueryPlans.kept(sessionFactory) - plansBefore;
            assertTrue(added <= 1, added + " query plans added by " + SAVES + " saves of the same report");
            long hits = statistics.getQueryPlanCacheHitCount();
            assertTrue(hits >= 3L * SAVES, hits + " plans reused by " + SAVES + " saves (three reads each at least)");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static void save(String path, int n) {
        long version = Tokens.as("badinh.cb").get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        Map<String, Object> body = new HashMap<>(Scenario.filledReport(version, "14794", 10 + n, 8, 2));
        Tokens.as("badinh.cb").contentType(ContentType.JSON).body(body).put(path).then().statusCode(200);
    }
}
