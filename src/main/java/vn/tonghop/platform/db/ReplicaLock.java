package vn.tonghop.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes same-named work of several replicas take turns: a PostgreSQL advisory lock held until the current transaction
 * ends. For what every replica does at start-up on a shared database (loading the template library, naming the platform
 * administrators), where two replicas started at once would otherwise both insert the same row.
 */
@ApplicationScoped
public class ReplicaLock {

    @Inject
    EntityManager em;

    /** Waits until no other transaction holds {@code name}, then holds it until this transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String name) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "tonghop:" + name).getSingleResult();
    }
}
