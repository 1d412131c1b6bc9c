package vn.tonghop.support;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** How many query plans Hibernate keeps: a read repeated must reuse its plan, never add one each time. */
public final class QueryPlans {

    private QueryPlans() {
    }

    public static int kept(SessionFactory sessionFactory) {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
