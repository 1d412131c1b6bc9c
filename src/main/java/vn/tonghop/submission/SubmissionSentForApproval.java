package vn.tonghop.submission;

import vn.tonghop.campaign.Submission;

/** A reporter sent the report to the unit's approvers, with the notice they are to read (a CDI event). */
public record SubmissionSentForApproval(Submission submission, String notice) {
}
