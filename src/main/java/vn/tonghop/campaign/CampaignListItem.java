package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A line of the issued-campaigns list: what it shows and no more (a ministry lists hundreds of relays). */
public record CampaignListItem(long id, String status, String title, String letterNumber, String issuerUnitCode,
        String issuerUnitName, String periodLabel, OffsetDateTime deadline, Long parentId,
        CampaignProgress.Progress progress) {

    static List<CampaignListItem> of(List<Campaign> list, Map<Long, CampaignProgress.Progress> progress) {
        return list.stream()
                .map(c -> new CampaignListItem(c.id, c.status.name(), c.title, c.letterNumber, c.issuerUnit.code,
                        c.issuerUnit.name, c.periodLabel, CampaignView.local(c.deadline),
                        c.parent == null ? null : c.parent.id, progress.get(c.id)))
                .toList();
    }
}
