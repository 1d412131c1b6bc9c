package vn.tonghop.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A line of the issued-campaigns list: what it shows and no more (a ministry lists hundreds of relays). */
public record CampaignListItem(long id, String status, String title, String letterNumber, String issuerUnitName,
        String periodLabel, OffsetDateTime deadline, CampaignService.Progress progress) {

    static List<CampaignListItem> of(List<Campaign> list, Map<Long, CampaignService.Progress> progress) {
        return list.stream().map(c -> new CampaignListItem(c.id, c.status.name(), c.title, c.letterNumber,
                c.issuerUnit.name, c.periodLabel, CampaignView.local(c.deadline), progress.get(c.id))).toList();
    }
}
