package vn.tonghop.attachment;

/** What an attachment belongs to: a campaign (the issuer's letter) or one unit's report. */
public enum OwnerKind {
    CAMPAIGN, SUBMISSION
}
