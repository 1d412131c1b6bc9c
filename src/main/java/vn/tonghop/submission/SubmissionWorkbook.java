package vn.tonghop.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tonghop.submission.SubmissionView.TableView;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.TableDef;

/**
 * A unit's annex tables as an Excel workbook to fill offline: one sheet per table in the official layout (title,
 * grouped headers, STT, row labels), prefilled with the stored values. Only input cells are unlocked; each input column
 * has data validation for its type and bounds; computed columns are Excel formulas when the template formula is simple
 * arithmetic (see {@link ExcelFormula}), else the portal's value, locked and recomputed on upload. A very hidden sheet
 * ({@value WorkbookMapping#MAPPING_SHEET}) maps every input cell back to its table, row key and column, so that
 * {@link WorkbookReader} never guesses from labels or positions.
 * <p>
 * Sheets and the workbook structure are protected with the password {@value #PASSWORD}: it is not a secret (it is
 * documented here and in the README) and only prevents accidental edits of headers and labels.
 */
public final class SubmissionWorkbook {

    public static final String PASSWORD = "tonghop";

    /** Whose report the workbook is, written in the mapping sheet and checked on upload. */
    public record Meta(long campaignId, String unitCode, String unitName, String periodLabel, long version) {
    }

    private SubmissionWorkbook() {
    }

    /** The workbook as XLSX bytes. {@code tables} are the rows as the API shows them (computed columns filled). */
    public static byte[] write(Meta meta, OutlineTemplate outline, Map<String, TableView> tables,
            SubmissionValidator.Scope scope, SubmissionMessages msg) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WorkbookMapping.Lines mapping = new WorkbookMapping.Lines(meta);
            SheetWriter sheets = new SheetWriter(new WorkbookStyles(wb), msg, mapping);
            Set<String> names = new HashSet<>();
            names.add(WorkbookMapping.MAPPING_SHEET.toLowerCase(java.util.Locale.ROOT));
            for (TableDef table : outline.tables()) {
                String name = sheetName(table, names);
                mapping.table(name, table.code());
                sheets.write(wb.createSheet(name), table, SheetLines.of(table, tables.get(table.code()), scope), meta);
            }
            mapping.writeTo(wb);
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            try {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            } catch (RuntimeException e) {
                // cached results are a courtesy for viewers that do not recalculate; Excel recalculates on open
            }
            wb.setWorkbookPassword(PASSWORD, HashAlgorithm.sha512);
            wb.lockStructure();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(TableDef table, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(SubmissionValidator.tableName(table), '-').strip();
        if (base.isEmpty() || base.startsWith("'")) {
            base = WorkbookUtil.createSafeSheetName(table.code(), '-');
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
