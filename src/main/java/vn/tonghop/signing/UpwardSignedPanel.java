package vn.tonghop.signing;

/** The box on a unit's report to a parent campaign: the signed consolidated report that came with it, or null. */
public record UpwardSignedPanel(SignedReportView signed) {
}
