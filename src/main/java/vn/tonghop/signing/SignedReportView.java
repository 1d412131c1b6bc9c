package vn.tonghop.signing;

import java.time.OffsetDateTime;

/**
 * A signed report as pages and the API show it: who signed, when, whether intact, who issued the certificate and
 * whether it chained to a trust anchor (null: not checked), where to download it, and whether the consolidated report
 * was edited after the upload ({@code stale}: the signed file no longer says what it says).
 */
public record SignedReportView(long campaignId, String signer, OffsetDateTime signedAt, boolean intact, String issuer,
        Boolean trusted, String fileName, String size, String uploadedBy, OffsetDateTime uploadedAt, long version,
        boolean stale) {

    static SignedReportView of(SignedReport r, String size, boolean stale) {
        return new SignedReportView(r.campaign.id, r.signer, r.signedAt, r.intact, r.certificateIssuer, r.chainTrusted,
                r.fileName, size, r.uploadedBy, r.uploadedAt, r.version, stale);
    }

    public String downloadPath() {
        return "/campaigns/" + campaignId + "/signed";
    }
}
