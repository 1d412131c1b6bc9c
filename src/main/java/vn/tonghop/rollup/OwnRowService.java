package vn.tonghop.rollup;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import vn.tonghop.campaign.Campaign;
import vn.tonghop.submission.SubmissionContent;
import vn.tonghop.submission.SubmissionContent.RowContent;
import vn.tonghop.submission.SubmissionContent.TableContent;
import vn.tonghop.submission.SubmissionIssue;
import vn.tonghop.submission.SubmissionService;
import vn.tonghop.submission.SubmissionValidator;
import vn.tonghop.template.TemplateLibrary;
import vn.tonghop.template.model.OutlineTemplate;

/**
 * The autosave of the issuer's own row on the consolidation page: like a report's autosave, the readable cells are
 * saved and a cell that cannot be read keeps its stored value and is named, so one typo never loses the rest.
 */
@ApplicationScoped
@Transactional
public class OwnRowService {

    @Inject
    RollupService rollups;

    @Inject
    ConsolidationService consolidation;

    @Inject
    IssuerOwnReportService issuerOwn;

    @Inject
    SubmissionService submissions;

    @Inject
    TemplateLibrary templates;

    /**
     * What a save did: the version now stored, the rules the own rows break, and the cells not read (kept as stored).
     */
    public record Saved(long version, List<SubmissionIssue> issues, List<SubmissionIssue> refused) {
    }

    /** Saves the own-row form ({@code cell.TABLE.COLUMN}) based on {@code expectedVersion}; 409 when it is stale. */
    public Saved saveReadable(long campaignId, MultivaluedMap<String, String> form, Long expectedVersion) {
        Campaign c = rollups.requireReadable(campaignId);
        OutlineTemplate outline = templates.outline(c.template);
        SubmissionContent typed = OwnRowForms.content(c, outline, form);
        SubmissionValidator.Normalised n = submissions.validator().normalise(outline, typed,
                new SubmissionValidator.Scope(c.issuerUnit.code, Map.of(c.issuerUnit.code, c.issuerUnit.name)));
        SubmissionContent kept = typed;
        if (!n.isStorable()) {
            kept = withStored(c, typed, consolidation.find(campaignId).content(), n.errors());
        }
        ConsolidatedReport r = consolidation.save(campaignId, kept, null, expectedVersion);
        return new Saved(r.version, ownIssues(c, r.content()), n.errors());
    }

    /** The rules the issuer's own rows break (not its texts: those are saved with the narratives). */
    List<SubmissionIssue> ownIssues(Campaign c, SubmissionContent content) {
        return issuerOwn.issues(c, content).stream()
                .filter(i -> i.table() != null && (i.row() == null || c.issuerUnit.code.equals(i.row()))).toList();
    }

    /** The typed rows with each refused cell put back as it is stored. */
    private static SubmissionContent withStored(Campaign c, SubmissionContent typed, SubmissionContent stored,
            List<SubmissionIssue> refused) {
        Map<String, Set<String>> columns = refused.stream().filter(i -> i.table() != null && i.column() != null)
                .collect(Collectors.groupingBy(SubmissionIssue::table,
                        Collectors.mapping(SubmissionIssue::column, Collectors.toSet())));
        Map<String, TableContent> tables = new LinkedHashMap<>();
        typed.tables().forEach((code, table) -> {
            Set<String> bad = columns.getOrDefault(code, Set.of());
            Map<String, Object> before = stored.table(code).flatMap(t -> t.row(c.issuerUnit.code))
                    .map(RowContent::cells).orElse(Map.of());
            Map<String, Object> cells = new HashMap<>();
            table.row(c.issuerUnit.code).ifPresent(row -> cells.putAll(row.cells()));
            for (String column : bad) {
                cells.remove(column);
                if (before.get(column) != null) {
                    cells.put(column, before.get(column));
                }
            }
            tables.put(code, new TableContent(List.of(new RowContent(c.issuerUnit.code, cells))));
        });
        return new SubmissionContent(null, tables, null);
    }
}
