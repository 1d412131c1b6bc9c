package vn.tonghop.rollup;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.platform.i18n.Messages;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.TableDef;

/**
 * The annex tables that hold the issuer's own row, drawn again as the consolidation page draws them, so that the page
 * shows the new totals as soon as the row is saved.
 */
@ApplicationScoped
@Transactional
public class OwnRowTables {

    @Inject
    @Location("RollupPage/table.html")
    Template table;

    @Inject
    RollupService rollups;

    @Inject
    TemplateLibrary templates;

    @Inject
    Messages messages;

    /** Table code → the table's HTML, in the page's view (submitted only or with drafts, collapsed or not). */
    public Map<String, String> render(long campaignId, boolean drafts, boolean collapse) {
        Campaign c = rollups.requireReadable(campaignId);
        OutlineTemplate outline = templates.outline(c.template);
        RollupView rollup = rollups.rollup(campaignId, new RollupService.Options(drafts, collapse));
        Map<String, String> out = new LinkedHashMap<>();
        for (RollupView.TableRollup t : rollup.tables()) {
            TableDef def = outline.table(t.code()).orElse(null);
            if (def != null && def.rowModel() == RowModel.UNITS && def.issuerRow()) {
                RollupPage.TableLayout layout = new RollupPage.TableLayout(t, def.headerRows(),
                        RollupLayout.rows(t, rollup.collapsed()));
                out.put(t.code(), messages.localise(table.data("t", layout).data("links", true)).render());
            }
        }
        return out;
    }
}
