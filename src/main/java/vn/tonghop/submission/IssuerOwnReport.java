package vn.tonghop.submission;

import java.util.Optional;

/**
 * The consolidating unit's own report on a campaign it issued (its row of a {@code units} table, its texts): kept with
 * the consolidation, a feature above this one, and reached through the submission API under the issuer's code.
 */
public interface IssuerOwnReport {

    /** The issuer's own report in the shape of a submission, or empty when {@code unitCode} is not the issuer's. */
    Optional<SubmissionView> view(long campaignId, String unitCode);

    /** Saves the issuer's own report, or empty when {@code unitCode} is not the issuer's. */
    Optional<SubmissionApiResource.SaveResult> save(long campaignId, String unitCode, SubmissionContent content,
            Long expectedVersion);
}
