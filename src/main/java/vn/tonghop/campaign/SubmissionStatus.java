package vn.tonghop.campaign;

/** A unit's report in a campaign. Missing is not stored: it is a not-submitted report past its deadline. */
public enum SubmissionStatus {
    NOT_OPENED, DRAFT, SUBMITTED, RETURNED;

    public boolean isSubmitted() {
        return this == SUBMITTED;
    }
}
