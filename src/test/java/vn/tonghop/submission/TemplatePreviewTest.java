package vn.tonghop.submission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** A template's blank form, as a commune will see it, checked live and never saved. */
@PortalTest
class TemplatePreviewTest {

    static final String PREVIEW = "/templates/mot-cua-2017-q1/1/preview";

    @Test
    void thePreviewIsTheReportFormWithNothingToSave() {
        Tokens.as("badinh.cb").get(PREVIEW).then().statusCode(200).body(containsString("id=\"preview-note\""))
                .body(containsString("Kết quả triển khai")).body(containsString("Phụ lục II"))
                .body(containsString("id=\"cell-phu-luc-2-preview-ho_so_nhan\""))
                .body(containsString("hx-post=\"" + PREVIEW + "/autosave\""))
                .body(not(containsString("id=\"submit-report\""))).body(not(containsString("id=\"workbook\"")));
    }

    @Test
    void typingInThePreviewComputesAndChecksLikeTheRealForm() {
        Tokens.as("vp.bimson").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("table.phu-luc-2", "1").formParam("cell.phu-luc-2.preview.ho_so_nhan", "1.315")
                .formParam("cell.phu-luc-2.preview.dung_han", "1.300").formParam("cell.phu-luc-2.preview.qua_han", "20")
                .post(PREVIEW + "/calc").then().statusCode(200)
                .body(containsString(
                        "<output id=\"cell-phu-luc-2-preview-ty_le_dung_han\" hx-swap-oob=\"innerHTML\">98,48</output>"))
                .body(containsString("không được lớn hơn"));
        Tokens.as("vp.bimson").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("cell.phu-luc-2.preview.ho_so_nhan", "mười").post(PREVIEW).then().statusCode(200)
                .body(containsString("&#39;mười&#39; không phải là số nguyên"))
                .body(not(containsString("Tổng số hồ sơ đã nhận&#39; bắt buộc nhập")));
    }

    @Test
    void anotherTenantsTemplateCannotBePreviewed() {
        Tokens.as("badinh.cb").get("/templates/khong-co/1/preview").then().statusCode(404);
        Tokens.as("badinh.cb").get("/templates/mot-cua-2017-q1/99/preview").then().statusCode(404);
    }
}
