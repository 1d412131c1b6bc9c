package vn.tonghop.signing;

/**
 * The "Bản ký số" panel of the consolidation page: the current signed file (null while none), the upload form for the
 * issuer, why it may not change now (null when it may), and the outcome of the last upload.
 */
public record SignedPanel(long campaignId, SignedReportView signed, boolean canUpload, String locked, String notice,
        String error, String limits) {
}
