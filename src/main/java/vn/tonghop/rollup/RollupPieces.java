package vn.tonghop.rollup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.rollup.RollupTree.Node;

/**
 * The loaded relays under a rollup's root (a province's campaign and all it relayed, with their reports), kept while
 * nothing in them has changed, so that a national rollup read after one commune's save loads that commune's province
 * alone. Whether a relay has changed is a fingerprint of every campaign under it (its version, its reports' versions,
 * how many of those are missing at this instant, its consolidated tables by content) and of the unit tree's revision,
 * read for the whole chain in one query. A kept relay also keeps what the tables made of it ({@link Node#memo}).
 */
@ApplicationScoped
public class RollupPieces {

    /** About a national chain twice over: 63 provinces and 705 districts. */
    static final int MAX_PIECES = 2_000;

    /** The campaign {@code :root} and every campaign relayed under it (drafts apart), as {@code tree (id)}. */
    static final String CHAIN = """
            with recursive tree (id) as (
                select id from campaign where id = :root and tenant_id = :tenant
                union all
                select c.id from campaign c join tree t on c.parent_id = t.id where c.status <> 'DRAFT'
            )""";

    static final String STATES = CHAIN + """
            ,
            reports as (
                select s.campaign_id, count(*) n, sum(s.version) v, sum(s.id) ids,
                       count(*) filter (where s.status <> 'SUBMITTED'
                                        and coalesce(s.deadline_override, c.deadline) < :now) missing
                  from submission s join campaign c on c.id = s.campaign_id
                 where s.campaign_id in (select id from tree) group by s.campaign_id
            ),
            own as (
                select campaign_id, string_agg(md5(coalesce((data -> 'tables')::text, '')), ',' order by id) v
                  from consolidated_report where campaign_id in (select id from tree) group by campaign_id
            )
            select c.id, c.parent_id, c.version || ':' || coalesce(r.n, 0) || ':' || coalesce(r.v, 0) || ':'
                       || coalesce(r.ids, 0) || ':' || coalesce(r.missing, 0) || ':' || coalesce(o.v, ''),
                   (select revision || ':' || coalesce(last_tx, 0) from unit_tree_revision where tenant_id = :tenant),
                   pg_current_xact_id_if_assigned() is null
              from campaign c
              left join reports r on r.campaign_id = c.id
              left join own o on o.campaign_id = c.id
             where c.id in (select id from tree)""";

    private record Key(String tenant, long campaignId, boolean includeDrafts) {
    }

    private record Piece(String fingerprint, Node node) {
    }

    private final LinkedHashMap<Key, Piece> pieces = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Piece> eldest) {
            return size() > MAX_PIECES;
        }
    };

    /**
     * The fingerprint of every campaign's subtree in the root's chain, by campaign id; {@code keepable} is false inside
     * a transaction that has written (what it loads may name rows that are rolled back).
     */
    record States(Map<Long, String> fingerprints, boolean keepable) {
    }

    States states(Campaign root, OffsetDateTime now) {
        var session = Campaign.getSession();
        List<Object[]> rows = session.createNativeQuery(STATES, Object[].class).setParameter("root", root.id)
                .setParameter("tenant", tenant()).setParameter("now", now, OffsetDateTime.class).getResultList();
        Map<Long, String> own = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        String revision = "";
        boolean keepable = true;
        for (Object[] r : rows) {
            keepable &= Boolean.TRUE.equals(r[4]);
            long id = ((Number) r[0]).longValue();
            own.put(id, (String) r[2]);
            if (r[1] != null) {
                children.computeIfAbsent(((Number) r[1]).longValue(), k -> new ArrayList<>()).add(id);
            }
            revision = r[3] == null ? "" : (String) r[3];
        }
        Map<Long, String> out = new HashMap<>();
        for (Long id : own.keySet()) {
            subtree(id, own, children, out);
        }
        String tree = revision;
        out.replaceAll((id, fp) -> tree + "|" + fp);
        return new States(out, keepable);
    }

    private static String subtree(long id, Map<Long, String> own, Map<Long, List<Long>> children,
            Map<Long, String> out) {
        String done = out.get(id);
        if (done != null) {
            return done;
        }
        StringBuilder fp = new StringBuilder().append(id).append('=').append(own.get(id));
        List<Long> below = children.getOrDefault(id, List.of()).stream().sorted().toList();
        if (!below.isEmpty()) {
            fp.append('[');
            for (Long child : below) {
                fp.append(subtree(child, own, children, out)).append(';');
            }
            fp.append(']');
        }
        String result = fp.toString();
        out.put(id, result);
        return result;
    }

    /** The relay's loaded subtree if it was loaded under this fingerprint. */
    synchronized Node get(long campaignId, boolean includeDrafts, String fingerprint) {
        Piece p = pieces.get(new Key(tenant(), campaignId, includeDrafts));
        return p != null && p.fingerprint().equals(fingerprint) ? p.node() : null;
    }

    synchronized void put(long campaignId, boolean includeDrafts, String fingerprint, Node node) {
        pieces.put(new Key(tenant(), campaignId, includeDrafts), new Piece(fingerprint, node));
    }

    private static String tenant() {
        return String.valueOf(Campaign.getSession().getTenantIdentifierValue());
    }
}
