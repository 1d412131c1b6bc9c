package vn.tonghop.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.tonghop.support.FreshTenant;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * Unit files in CSV and Excel: a bad file is refused whole with line-numbered Vietnamese messages and nothing written;
 * a good file imports; an exported file imports back unchanged. Each test works in a tenant of its own.
 */
@PortalTest
class UnitImportTest {

    static final String HEADER = "code,name,kind,parentCode,validFrom,validTo";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The same rows sent as either kind of file. */
    enum Format {
        CSV_FILE, XLSX_FILE;

        byte[] encode(List<String> lines) {
            if (this == CSV_FILE) {
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet("units");
                for (int r = 0; r < lines.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = lines.get(r).split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        if (!cells[c].isEmpty()) {
                            row.createCell(c).setCellValue(cells[c]);
                        }
                    }
                }
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String contentType() {
            return this == CSV_FILE ? CSV : XLSX;
        }
    }

    @Inject
    EntityManager em;

    FreshTenant tenant;

    @BeforeEach
    void ownTenant() {
        tenant = FreshTenant.open("nhap");
    }

    long unitCount() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from unit where tenant_id = ?1")
                        .setParameter(1, tenant.code()).getSingleResult()).longValue());
    }

    ValidatableResponse post(Format format, List<String> lines) {
        return Tokens.as(tenant.admin()).contentType(format.contentType()).body(format.encode(lines))
                .post("/api/units/import").then();
    }

    static List<String> file(String... rows) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(HEADER);
        lines.addAll(Arrays.asList(rows));
        return lines;
    }

    /** Sends a bad file and checks that it is refused whole, naming the line, and that no unit was written. */
    void refused(Format format, List<String> lines, String... expected) {
        long before = unitCount();
        List<String> messages = post(format, lines).statusCode(422)
                .body("messages[0]", is("Tệp không được nhập vì có lỗi (không đơn vị nào được ghi):")).extract()
                .jsonPath().getList("messages", String.class);
        for (String e : expected) {
            assertTrue(messages.contains(e), "expected «" + e + "» in " + messages);
        }
        assertEquals(expected.length + 1, messages.size(), messages.toString());
        assertEquals(before, unitCount(), "nothing may be half-imported");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anUnknownParentRefusesTheWholeFile(Format format) {
        refused(format, file("H1,UBND huyện Một,DISTRICT,99,,", "X1,UBND xã Một,COMMUNE,ZZZ,,"),
                "Dòng 3: không rõ đơn vị cấp trên 'ZZZ'");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aDuplicateCodeRefusesTheWholeFile(Format format) {
        refused(format, file("H1,UBND huyện Một,DISTRICT,99,,", "H1,UBND huyện Hai,DISTRICT,99,,"),
                "Dòng 3: mã 'H1' bị trùng (đã có ở dòng 2)");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aCycleRefusesTheWholeFile(Format format) {
        refused(format,
                file("H1,UBND huyện Một,DISTRICT,99,,", "X1,UBND xã Một,COMMUNE,X2,,", "X2,UBND xã Hai,COMMUNE,X1,,"),
                "Dòng 3: đơn vị 'X1' nằm trong vòng lặp cấp trên: X1 → X2 → X1",
                "Dòng 4: đơn vị 'X2' nằm trong vòng lặp cấp trên: X1 → X2 → X1");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aMissingNameRefusesTheWholeFile(Format format) {
        refused(format, file("H1,UBND huyện Một,DISTRICT,99,,", "X1,,COMMUNE,H1,,"), "Dòng 3: thiếu tên đơn vị");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aBadKindRefusesTheWholeFile(Format format) {
        long before = unitCount();
        List<String> messages = post(format, file("H1,UBND huyện Một,DISTRICT,99,,", "X1,UBND làng Một,LANG,H1,,"))
                .statusCode(422).extract().jsonPath().getList("messages", String.class);
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(1).startsWith("Dòng 3: loại đơn vị 'LANG' không hợp lệ (dùng: "), messages.get(1));
        assertEquals(before, unitCount());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aBadDateRefusesTheWholeFile(Format format) {
        refused(format, file("H1,UBND huyện Một,DISTRICT,99,01/01/2010,", "X1,UBND xã Một,COMMUNE,H1,31/02/2017,"),
                "Dòng 3: ngày '31/02/2017' không hợp lệ (dd/MM/yyyy)");
    }

    @Test
    void everyErrorOfAFileIsListedInLineOrder() {
        refused(Format.CSV_FILE,
                file("H1,UBND huyện Một,DISTRICT,99,,", "X1,,COMMUNE,H1,,", "X2,UBND xã Hai,COMMUNE,QQ,,",
                        "H1,UBND huyện Một lần nữa,DISTRICT,99,,"),
                "Dòng 3: thiếu tên đơn vị", "Dòng 4: không rõ đơn vị cấp trên 'QQ'",
                "Dòng 5: mã 'H1' bị trùng (đã có ở dòng 2)");
    }

    @Test
    void messagesFollowTheUsersLanguage() {
        Tokens.as(tenant.admin()).header("Accept-Language", "en").contentType(CSV)
                .body(Format.CSV_FILE.encode(file("X1,UBND xã Một,COMMUNE,ZZZ,,"))).post("/api/units/import").then()
                .statusCode(422).body("messages[1]", startsWith("Line 2: "));
    }

    @Test
    void theUnitsPageShowsTheRefusalWithItsLines() {
        long before = unitCount();
        String html = Tokens.as(tenant.admin())
                .multiPart("file", "don-vi.csv",
                        Format.CSV_FILE.encode(file("H1,UBND huyện Một,DISTRICT,99,,", "X1,UBND xã Một,COMMUNE,ZZZ,,")),
                        "text/csv")
                .post("/units/import").then().statusCode(422).extract().asString();
        String errors = Jsoup.parse(html).select("#import-errors").text();
        assertTrue(errors.contains("Dòng 3: không rõ đơn vị cấp trên 'ZZZ'"), errors);
        assertEquals(before, unitCount());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aGoodFileImportsChildrenBeforeOrAfterTheirParents(Format format) {
        long before = unitCount();
        post(format,
                file("X1,UBND xã Một,xã,H1,01/01/2010,", "H1,UBND huyện Một,DISTRICT,99,1/1/2010,",
                        "X2,UBND phường Hai,phường,H1,01/07/2012,", "S1,Sở Nội vụ,DEPARTMENT,99,,")).statusCode(200)
                                .body("imported", is(4)).body("created", is(4)).body("updated", is(0));
        assertEquals(before + 4, unitCount());
        Tokens.as(tenant.admin()).get("/api/units?under=H1").then().statusCode(200)
                .body("code", is(List.of("H1", "X1", "X2"))).body("kind", is(List.of("DISTRICT", "COMMUNE", "COMMUNE")))
                .body("parentCode", is(Arrays.asList("99", "H1", "H1"))).body("[2].validFrom", is("2012-07-01"));
        Tokens.as(tenant.admin()).get("/api/units?under=H1&on=2011-01-01").then().body("code", is(List.of("H1", "X1")));
    }

    @Test
    void anExcelFileWithRealDateCellsImports() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("units");
            Row header = sheet.createRow(0);
            String[] columns = HEADER.split(",");
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("H7");
            row.createCell(1).setCellValue("UBND thị xã Bảy");
            row.createCell(2).setCellValue("DISTRICT");
            row.createCell(3).setCellValue("99");
            row.createCell(4).setCellValue(LocalDate.of(2015, 3, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.getCell(4).setCellStyle(style);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Tokens.as(tenant.admin()).contentType(XLSX).body(xlsx).post("/api/units/import").then().statusCode(200)
                .body("created", is(1));
        Tokens.as(tenant.admin()).get("/api/units?under=H7").then().body("[0].validFrom", is("2015-03-01"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anExportedFileImportsBackUnchanged(Format format) {
        post(Format.CSV_FILE, file("H1,UBND huyện Một,DISTRICT,99,01/01/2010,",
                "X1,\"UBND xã Một, Hai\",COMMUNE,H1,01/01/2010,", "X2,UBND phường Hai,COMMUNE,H1,01/07/2012,"))
                        .statusCode(200);
        List<Map<String, Object>> tree = Tokens.as(tenant.admin()).get("/api/units?under=99").then().extract()
                .jsonPath().getList("$");
        long count = unitCount();
        String extension = format == Format.CSV_FILE ? "csv" : "xlsx";
        byte[] exported = Tokens.as(tenant.admin()).get("/api/units/export." + extension).then().statusCode(200)
                .header("Content-Disposition", containsString("." + extension)).extract().asByteArray();
        Tokens.as(tenant.admin()).contentType(format.contentType()).body(exported).post("/api/units/import").then()
                .statusCode(200).body("created", is(0)).body("updated", is(tree.size()));
        assertEquals(count, unitCount());
        Tokens.as(tenant.admin()).get("/api/units?under=99").then().body("$", is(tree));
        // the multipart form of the page takes the same file
        Tokens.as(tenant.admin()).redirects().follow(false)
                .multiPart("file", "don-vi." + extension, exported, format.contentType()).post("/units/import").then()
                .statusCode(303);
        Tokens.as(tenant.admin()).get("/api/units?under=99").then().body("name", hasItem("UBND xã Một, Hai")).body("$",
                is(tree));
    }
}
