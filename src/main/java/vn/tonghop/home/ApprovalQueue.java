package vn.tonghop.home;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tonghop.platform.time.PortalClock;
import vn.tonghop.submission.ApprovalService;

/** The approver's home page: the reports her reporters sent her, read once per request. */
@RequestScoped
@Named("approvalQueue")
public class ApprovalQueue {

    public record Row(String title, String letterNumber, String periodLabel, String issuerUnitName, String unitName,
            OffsetDateTime deadline, String sentBy, OffsetDateTime sentAt, String formUrl) {
    }

    @Inject
    ApprovalService approvals;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = approvals.waitingForMe().stream()
                    .map(s -> new Row(s.campaign.title, s.campaign.letterNumber, s.campaign.periodLabel,
                            s.campaign.issuerUnit.name, s.unit.name, PortalClock.local(s.effectiveDeadline()),
                            s.sentForApprovalBy, PortalClock.local(s.sentForApprovalAt),
                            "/campaigns/" + s.campaign.id + "/submissions/" + s.unit.code))
                    .toList();
        }
        return rows;
    }
}
