package vn.tonghop.rollup;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Campaign;

/**
 * Rollups kept while nothing they are computed from has changed. Whether anything has is one query (the
 * {@link #FINGERPRINT}) over the campaign and its relays: their versions, their reports' versions and how many of those
 * are past their deadline unsubmitted at this instant (a report turns "missing" at its deadline without any write), the
 * consolidated reports' versions and the unit tree's revision. Every write to those rows bumps a version, so a changed
 * fingerprint is all a read has to wait for. A national rollup is viewed far more often than its reports change.
 */
@ApplicationScoped
public class RollupCache {

    /** A national rollup is some tens of MB as objects: a few of them fit a 512 MB heap beside the rest. */
    static final int MAX_ENTRIES = 8;

    /**
     * Read first, then the rollup: a report saved in between makes the kept rollup newer than its fingerprint, which
     * the next read (seeing the newer fingerprint) recomputes anyway; never the reverse. Nothing is kept from inside a
     * transaction that has written (its fingerprint may name rows that are rolled back).
     */
    static final String FINGERPRINT = """
            with recursive tree (id) as (
                select id from campaign where id = :root and tenant_id = :tenant
                union all
                select c.id from campaign c join tree t on c.parent_id = t.id where c.status <> 'DRAFT'
            )
            select concat_ws('/',
                (select count(*) || ':' || sum(c.version) || ':' || sum(c.id) from campaign c where c.id in (select id from tree)),
                (select count(*) || ':' || coalesce(sum(s.version), 0) || ':' || coalesce(sum(s.id), 0) || ':'
                        || count(*) filter (where s.status <> 'SUBMITTED'
                                            and coalesce(s.deadline_override, c.deadline) < :now)
                   from submission s join campaign c on c.id = s.campaign_id
                  where s.campaign_id in (select id from tree)),
                (select count(*) || ':' || coalesce(sum(r.version), 0)
                   from consolidated_report r where r.campaign_id in (select id from tree)),
                (select revision || ':' || coalesce(last_tx, 0) from unit_tree_revision where tenant_id = :tenant)),
                pg_current_xact_id_if_assigned() is null""";

    private record Key(String tenant, long campaignId, boolean includeDrafts, boolean collapse) {
    }

    private record Entry(String fingerprint, RollupView view) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The campaign's rollup with these options: the kept one while its fingerprint holds, else {@code compute}'s. */
    RollupView get(Campaign root, RollupService.Options options, OffsetDateTime now, Supplier<RollupView> compute) {
        var session = Campaign.getSession();
        String tenant = String.valueOf(session.getTenantIdentifierValue());
        List<Object[]> found = session.createNativeQuery(FINGERPRINT, Object[].class).setParameter("root", root.id)
                .setParameter("tenant", tenant).setParameter("now", now, OffsetDateTime.class).getResultList();
        Object[] row = found.get(0);
        String fingerprint = (String) row[0];
        boolean keepable = Boolean.TRUE.equals(row[1]);
        Key key = new Key(tenant, root.id, options.includeDrafts(), options.collapse());
        if (keepable) {
            Entry kept;
            synchronized (entries) {
                kept = entries.get(key);
            }
            if (kept != null && kept.fingerprint().equals(fingerprint)) {
                return kept.view();
            }
        }
        RollupView view = compute.get();
        if (keepable) {
            synchronized (entries) {
                entries.put(key, new Entry(fingerprint, view));
            }
        }
        return view;
    }
}
