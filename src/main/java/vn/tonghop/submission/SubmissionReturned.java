package vn.tonghop.submission;

import vn.tonghop.campaign.Submission;

/** The issuer returned the report for revision (a CDI event: notification, above this package, tells the unit). */
public record SubmissionReturned(Submission submission) {
}
