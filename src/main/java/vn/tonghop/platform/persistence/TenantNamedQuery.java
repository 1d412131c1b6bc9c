package vn.tonghop.platform.persistence;

import java.util.function.Function;

import org.hibernate.Session;
import org.hibernate.binder.internal.TenantIdBinder;

/**
 * Runs a hot HQL read that names the tenant in its own where-clause, with Hibernate's tenant filter off while it runs.
 * Hibernate keeps no query's translation in a session that has a filter enabled, and the tenant discriminator is one,
 * so every query of a tenant's request is translated anew; this spares that for the reads made on every save. The
 * filter is on again, with the same tenant, before anything else runs, the query failing or not.
 */
public final class TenantNamedQuery {

    private static final String TENANT = "tenantId";

    private TenantNamedQuery() {
    }

    /**
     * The query's result; it is given the session's tenant and must bind it itself (entities it loads by their to-one
     * associations are that row's, so of the same tenant).
     */
    public static <T> T run(Session session, Function<String, T> query) {
        if (session.getEnabledFilter(TenantIdBinder.FILTER_NAME) == null) {
            throw new IllegalStateException("no tenant filter in this session: this query would see every tenant");
        }
        String tenant = String.valueOf(session.getTenantIdentifierValue());
        session.disableFilter(TenantIdBinder.FILTER_NAME);
        try {
            return query.apply(tenant);
        } finally {
            session.enableFilter(TenantIdBinder.FILTER_NAME).setParameter(TENANT, tenant);
        }
    }
}
