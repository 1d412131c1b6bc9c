package vn.tonghop.signing;

/**
 * The "Bản ký số" panel of the consolidation page: the current signed file (null while none), the upload form for the
 * issuer, and the outcome of the last upload.
 */
public record SignedPanel(long campaignId, SignedReportView signed, boolean canUpload, String notice, String error,
        String limits) {
}
