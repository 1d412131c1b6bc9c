package vn.tonghop.rollup;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Campaign;

/**
 * Rollups kept while nothing they are computed from has changed. Whether anything has is one query (the
 * {@link #FINGERPRINT}) over the campaign and its relays: their versions, their reports' versions and how many of those
 * are past their deadline unsubmitted at this instant (a report turns "missing" at its deadline without any write), the
 * consolidated reports' versions and the unit tree's revision. Every write to those rows bumps a version, so a changed
 * fingerprint is all a read has to wait for. A national rollup is viewed far more often than its reports change.
 * <p>
 * The tables are kept apart under a fingerprint of their own, which names the consolidated reports' tables by their
 * content instead of their versions: the issuer editing her consolidated text changes the narratives only, and the next
 * read then computes the narratives and who has reported (the root's recipients alone) and keeps the tables, with their
 * JSON, of some 11,000 rows nationally.
 */
@ApplicationScoped
public class RollupCache {

    /**
     * How many rows (unit rows, fixed rows, recipients) the kept rollups may hold together, each with its JSON once
     * written, so that they fit a 512 MB heap beside the rest: a national rollup has some 11,000, a province's some
     * 600.
     */
    static final int MAX_ROWS = 40_000;

    /**
     * Read first, then the rollup: a report saved in between makes the kept rollup newer than its fingerprint, which
     * the next read (seeing the newer fingerprint) recomputes anyway; never the reverse. Nothing is kept from inside a
     * transaction that has written (its fingerprint may name rows that are rolled back).
     */
    static final String FINGERPRINT = RollupPieces.CHAIN
            + """
                    ,
                    common (part) as (
                        select concat_ws('/',
                            (select count(*) || ':' || sum(c.version) || ':' || sum(c.id) from campaign c where c.id in (select id from tree)),
                            (select count(*) || ':' || coalesce(sum(s.version), 0) || ':' || coalesce(sum(s.id), 0) || ':'
                                    || count(*) filter (where s.status <> 'SUBMITTED'
                                                        and coalesce(s.deadline_override, c.deadline) < :now)
                               from submission s join campaign c on c.id = s.campaign_id
                              where s.campaign_id in (select id from tree)),
                            (select revision || ':' || coalesce(last_tx, 0) from unit_tree_revision where tenant_id = :tenant))
                    )
                    select (select part from common) || '/' ||
                           (select count(*) || ':' || coalesce(sum(r.version), 0)
                              from consolidated_report r where r.campaign_id in (select id from tree)),
                           (select part from common) || '/' ||
                           (select count(*) || ':' || coalesce(md5(string_agg(md5(coalesce((r.data -> 'tables')::text, '')),
                                                                             ',' order by r.id)), '')
                              from consolidated_report r where r.campaign_id in (select id from tree)),
                           pg_current_xact_id_if_assigned() is null""";

    private record Key(String tenant, long campaignId, boolean includeDrafts, boolean collapse) {
    }

    private final Kept<Key> kept = new Kept<>(MAX_ROWS);

    /**
     * The campaign's rollup with these options: the kept one while its fingerprint holds, else {@code compute}'s, which
     * is given the kept tables when only the narratives' inputs have changed (else null: it computes them too).
     */
    RollupView get(Campaign root, RollupService.Options options, OffsetDateTime now,
            Function<List<RollupView.TableRollup>, RollupView> compute) {
        return lookUp(root, options, now, compute).view();
    }

    /**
     * The rollup as JSON ({@code json} writes a rollup, {@code splice} puts kept tables' JSON into a rollup's written
     * without them): written once per kept rollup, since a national rollup's JSON takes longer to write than the
     * fingerprint takes to check.
     */
    byte[] json(Campaign root, RollupService.Options options, OffsetDateTime now,
            Function<List<RollupView.TableRollup>, RollupView> compute, RollupJson writer) {
        return lookUp(root, options, now, compute).json(writer);
    }

    private Kept.Entry lookUp(Campaign root, RollupService.Options options, OffsetDateTime now,
            Function<List<RollupView.TableRollup>, RollupView> compute) {
        var session = Campaign.getSession();
        String tenant = String.valueOf(session.getTenantIdentifierValue());
        List<Object[]> found = session.createNativeQuery(FINGERPRINT, Object[].class).setParameter("root", root.id)
                .setParameter("tenant", tenant).setParameter("now", now, OffsetDateTime.class).getResultList();
        Object[] row = found.get(0);
        String fingerprint = (String) row[0];
        String tablesFingerprint = (String) row[1];
        boolean keepable = Boolean.TRUE.equals(row[2]);
        Key key = new Key(tenant, root.id, options.includeDrafts(), options.collapse());
        Kept.Tables tables = null;
        if (keepable) {
            Kept.Entry hit = kept.entry(key, fingerprint);
            if (hit != null) {
                return hit;
            }
            tables = kept.tables(key, tablesFingerprint);
        }
        RollupView view = compute.apply(tables == null ? null : tables.tables());
        Kept.Entry computed = new Kept.Entry(fingerprint, view,
                tables != null ? tables : new Kept.Tables(tablesFingerprint, view.tables()));
        if (keepable) {
            kept.put(key, computed);
        }
        return computed;
    }

    /** How many rows a rollup holds: what its size in memory grows with. */
    static int rows(RollupView view) {
        int rows = view.completeness() == null ? 0 : view.completeness().units().size();
        for (RollupView.TableRollup t : view.tables() == null ? List.<RollupView.TableRollup> of() : view.tables()) {
            rows += t.rows() == null ? 0 : t.rows().size();
            for (RollupView.Group g : t.groups()) {
                rows += g.rows().size();
            }
        }
        return rows;
    }

    /** Rollups by key with their fingerprints; the least recently read go first once they hold over {@code maxRows}. */
    static final class Kept<K> {

        /** A rollup's tables under the fingerprint of their inputs, and their JSON once written. */
        static final class Tables {
            final String fingerprint;
            final List<RollupView.TableRollup> tables;
            private volatile byte[] json;

            Tables(String fingerprint, List<RollupView.TableRollup> tables) {
                this.fingerprint = fingerprint;
                this.tables = tables;
            }

            List<RollupView.TableRollup> tables() {
                return tables;
            }

            byte[] json(RollupJson writer) {
                byte[] j = json;
                if (j == null) {
                    j = writer.tables(tables);
                    json = j;
                }
                return j;
            }
        }

        /** A rollup, its size in rows, its tables, and its JSON once written. */
        static final class Entry {
            final String fingerprint;
            final RollupView view;
            final Tables tables;
            final int rows;
            private volatile byte[] json;

            Entry(String fingerprint, RollupView view, Tables tables) {
                this.fingerprint = fingerprint;
                this.view = view;
                this.tables = tables;
                this.rows = rows(view);
            }

            RollupView view() {
                return view;
            }

            /** Written at most a few times at once (two first readers may both write it), then kept. */
            byte[] json(RollupJson writer) {
                byte[] j = json;
                if (j == null) {
                    j = writer.view(view, tables.json(writer));
                    json = j;
                }
                return j;
            }
        }

        private final int maxRows;
        private final LinkedHashMap<K, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
        private int rows;

        Kept(int maxRows) {
            this.maxRows = maxRows;
        }

        /** The rollup kept under this key if it was computed under this fingerprint. */
        RollupView get(K key, String fingerprint) {
            Entry e = entry(key, fingerprint);
            return e == null ? null : e.view();
        }

        synchronized Entry entry(K key, String fingerprint) {
            Entry e = entries.get(key);
            return e != null && e.fingerprint.equals(fingerprint) ? e : null;
        }

        /** The tables kept under this key if their inputs are those of this fingerprint. */
        synchronized Tables tables(K key, String tablesFingerprint) {
            Entry e = entries.get(key);
            return e != null && e.tables.fingerprint.equals(tablesFingerprint) ? e.tables : null;
        }

        void put(K key, String fingerprint, RollupView view) {
            put(key, new Entry(fingerprint, view, new Tables(fingerprint, view.tables())));
        }

        /** Keeps a rollup, dropping the least recently read ones while the total is over the limit (never this one). */
        synchronized void put(K key, Entry entry) {
            Entry replaced = entries.put(key, entry);
            rows += entry.rows - (replaced == null ? 0 : replaced.rows);
            var it = entries.entrySet().iterator();
            while (rows > maxRows && entries.size() > 1) {
                Entry eldest = it.next().getValue();
                it.remove();
                rows -= eldest.rows;
            }
        }

        synchronized boolean holds(K key) {
            return entries.containsKey(key);
        }
    }
}
