package vn.tonghop.signing;

import java.time.OffsetDateTime;

/** A signed report as pages and the API show it: who signed, when, whether intact, and where to download it. */
public record SignedReportView(long campaignId, String signer, OffsetDateTime signedAt, boolean intact, String fileName,
        String size, String uploadedBy, OffsetDateTime uploadedAt, long version) {

    static SignedReportView of(SignedReport r, String size) {
        return new SignedReportView(r.campaign.id, r.signer, r.signedAt, r.intact, r.fileName, size, r.uploadedBy,
                r.uploadedAt, r.version);
    }

    public String downloadPath() {
        return "/campaigns/" + campaignId + "/signed";
    }
}
