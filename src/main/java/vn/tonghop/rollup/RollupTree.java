package vn.tonghop.rollup;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import vn.tonghop.campaign.Campaign;
import vn.tonghop.campaign.Submission;
import vn.tonghop.campaign.SubmissionStatus;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.unit.UnitKind;

/**
 * A campaign with everything its consolidation reads, loaded in a few queries: its recipients' reports, the campaigns
 * its recipients relayed to their own subordinates (recursively), and the issuers' consolidated reports.
 */
final class RollupTree {

    /** A recipient's report slot, with the parts the rollup needs already read. */
    record Slot(long unitId, String code, String name, UnitKind kind, String status, long version, boolean counted,
            boolean late, OffsetDateTime deadline, OffsetDateTime submittedAt, String signerName, String signerTitle,
            SubmissionContent content, Map<RowContent, Map<String, Object>> computed) {

        boolean submitted() {
            return status.startsWith("SUBMITTED");
        }

        long lateMinutes() {
            return late && submittedAt != null ? Duration.between(deadline, submittedAt).toMinutes() : 0;
        }

        /** Whether the report's figures count: submitted, or (when asked) a draft. */
        static boolean counts(Submission s, boolean includeDrafts) {
            return s.status == SubmissionStatus.SUBMITTED
                    || (includeDrafts && (s.status == SubmissionStatus.DRAFT || s.status == SubmissionStatus.RETURNED));
        }

        static Slot of(Submission s, String displayStatus, boolean includeDrafts, Supplier<SubmissionContent> content,
                Map<RowContent, Map<String, Object>> computed) {
            boolean counted = counts(s, includeDrafts);
            return new Slot(s.unit.id, s.unit.code, s.unit.name, s.unit.kind, displayStatus, s.version, counted, s.late,
                    s.effectiveDeadline(), s.submittedAt, s.signerName, s.signerTitle,
                    counted ? content.get() : SubmissionContent.EMPTY, counted ? computed : Map.of());
        }
    }

    /** One campaign of the chain: its slots in tree order, the issuer's own part, and the relays by recipient. */
    static final class Node {
        final Campaign campaign;
        final List<Slot> slots = new ArrayList<>();
        final Map<Long, Node> relays = new LinkedHashMap<>();
        SubmissionContent own = SubmissionContent.EMPTY;
        /**
         * What the tables made of this node and everything under it, by table and use: valid as long as the node, which
         * {@link RollupPieces} keeps only while nothing under it changes.
         */
        private final Map<String, Object> memo = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T memo(String key, Supplier<T> compute) {
            Object kept = memo.get(key);
            if (kept == null) {
                // not computeIfAbsent: computing one node's part recurses into its relays' own memos
                kept = compute.get();
                memo.put(key, kept);
            }
            return (T) kept;
        }

        /** How many of its reports are submitted, when counted without reading them (its slots are then empty). */
        RollupView.Coverage coverage;

        Node(Campaign campaign) {
            this.campaign = campaign;
        }

        RollupView.Coverage coverage() {
            if (coverage != null) {
                return coverage;
            }
            return new RollupView.Coverage((int) slots.stream().filter(Slot::submitted).count(), slots.size());
        }

        Node relayOf(Slot slot) {
            return relays.get(slot.unitId());
        }
    }

    final Node root;
    final Hierarchy hierarchy;

    RollupTree(Node root, Hierarchy hierarchy) {
        this.root = root;
        this.hierarchy = hierarchy;
    }
}
