package vn.tonghop.home;

import vn.tonghop.platform.i18n.SearchText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.security.CurrentUser;
import vn.tonghop.platform.time.PortalClock;

/**
 * Finds campaigns by letter number, title and subject, reporting period and issuing unit (name or code), ignoring case
 * and Vietnamese accents. Scoped like the campaign pages: the user's tenant, campaigns issued in their issuer, viewer
 * or administrator reach on the campaign's reference day, and published campaigns addressed to their units.
 */
@ApplicationScoped
@Transactional
public class CampaignSearch {

    public static final int LIMIT = 50;
    static final int MIN_LENGTH = 2;

    public record Hit(long id, String status, String title, String subject, String letterNumber, LocalDate letterDate,
            String periodLabel, String issuerUnitCode, String issuerUnitName, OffsetDateTime deadline) {
    }

    @Inject
    CurrentUser currentUser;

    public List<Hit> search(String query) {
        List<String> terms = SearchText.terms(query);
        if (terms.isEmpty() || String.join("", terms).length() < MIN_LENGTH || currentUser.id().isEmpty()
                || currentUser.tenantCode().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select c.id from campaign c join unit iu on iu.id = c.issuer_unit_id
                 where c.tenant_id = :tenant
                   and (exists (select 1 from membership m
                                  join unit_placement a on a.unit_id = m.unit_id
                                  join unit_placement p on p.unit_id = c.issuer_unit_id
                                 where m.user_id = :user and m.tenant_id = c.tenant_id
                                   and m.role in ('ISSUER', 'VIEWER', 'ADMIN')
                                   and p.path like a.path || '%'
                                   and a.valid_from <= coalesce(c.cut_off, c.period_end)
                                   and (a.valid_to is null or a.valid_to >= coalesce(c.cut_off, c.period_end))
                                   and p.valid_from <= coalesce(c.cut_off, c.period_end)
                                   and (p.valid_to is null or p.valid_to >= coalesce(c.cut_off, c.period_end)))
                        or (c.status <> 'DRAFT' and exists (select 1 from submission s
                                  join membership m on m.unit_id = s.unit_id and m.tenant_id = s.tenant_id
                                 where s.campaign_id = c.id and m.user_id = :user)))""");
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" and tonghop_fold(concat_ws(' ', c.letter_number, c.title, c.subject, c.period_label, iu.name,"
                    + " iu.code)) like :t").append(i).append(" escape '\\'");
        }
        sql.append(" order by c.id desc limit ").append(LIMIT);
        Query q = Campaign.getEntityManager().createNativeQuery(sql.toString())
                .setParameter("tenant", currentUser.tenantCode().get()).setParameter("user", currentUser.id().get());
        for (int i = 0; i < terms.size(); i++) {
            q.setParameter("t" + i, SearchText.containsPattern(terms.get(i)));
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : q.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        // read back through Hibernate, so the tenant discriminator applies here too
        Map<Long, Campaign> found = Campaign
                .<Campaign> list("from Campaign c join fetch c.issuerUnit where c.id in ?1", ids).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return ids.stream().filter(found::containsKey).map(found::get).map(CampaignSearch::hit)
                .sorted(Comparator.comparing(Hit::id).reversed()).toList();
    }

    private static Hit hit(Campaign c) {
        return new Hit(c.id, c.status.name(), c.title, c.subject, c.letterNumber, c.letterDate, c.periodLabel,
                c.issuerUnit.code, c.issuerUnit.name, PortalClock.local(c.deadline));
    }
}
