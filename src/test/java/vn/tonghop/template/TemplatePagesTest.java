package vn.tonghop.template;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/** The template library pages: list, one template, download, upload, copy. */
@PortalTest
class TemplatePagesTest {

    static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    static MultiPartSpecification file(String fileName, String content) {
        return new MultiPartSpecBuilder(content.getBytes(StandardCharsets.UTF_8)).controlName("file").fileName(fileName)
                .mimeType("application/yaml").build();
    }

    static Document page(String username, String path) {
        return Jsoup.parse(Tokens.as(username).get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void theLibraryListsSharedTemplatesWithVersionSourceAndANavLink() {
        Document doc = page("badinh.cb", "/templates");
        // a commune's reporter reads the library through its link, but the menu offers it to those who author
        assertEquals("", doc.select("nav a:contains(Mẫu đề cương)").attr("href"));
        assertEquals("/templates", page("vp.bimson", "/templates").select("nav a:contains(Mẫu đề cương)").attr("href"));
        Element row = doc.selectFirst("#template-library tr[data-code=mot-cua-2017-q1]");
        assertEquals("shared", row.attr("data-owner"));
        assertEquals(true, row.text().contains("Dùng chung"));
        assertEquals(true, row.text().contains("Công văn 675/UBND-VP ngày 24/4/2017"), row.text());
        // reporters read the library but do not upload
        assertEquals(0, doc.select("#upload-link").size());
        Tokens.as("badinh.cb").get("/templates/new").then().statusCode(403);
    }

    @Test
    void oneTemplateShowsItsNumberedOutlineGroupedHeadersAndYaml() {
        Document doc = page("vp.bimson", "/templates/mot-cua-2017-q1");
        String outline = doc.select("#outline").text();
        assertEquals(true, outline.contains("I. "), outline);
        assertEquals(true, outline.contains("II. "), outline);
        Element table = doc.selectFirst("table[data-table=phu-luc-2]");
        // grouped headers: a group cell spans its columns, leaves span down to the last header row
        Element leaf = table.selectFirst("th[data-column=tthc_mot_cua]");
        assertEquals(true, leaf != null, table.outerHtml());
        Element group = table.select("thead tr").first().select("th[colspan]").first();
        assertEquals(true, Integer.parseInt(group.attr("colspan")) >= 2, table.select("thead").outerHtml());
        assertEquals("STT", table.select("thead th").first().text());
        assertEquals(true, doc.select("#yaml").text().contains("code: mot-cua-2017-q1"));
        String preview = doc.selectFirst("#preview-link").attr("href");
        assertEquals(true, preview.matches("/templates/mot-cua-2017-q1/\\d+/preview"), preview);
        assertEquals(true,
                doc.selectFirst("#blank-docx-link").attr("href").startsWith("/templates/mot-cua-2017-q1/blank.docx"));
        assertEquals(true,
                doc.selectFirst("#blank-xlsx-link").attr("href").startsWith("/templates/mot-cua-2017-q1/blank.xlsx"));
        // an issuer may copy a shared template
        assertEquals(1, doc.select("#copy-form").size());
        Tokens.as("badinh.cb").get("/templates/mot-cua-2017-q1").then().statusCode(200)
                .body(not(containsString("id=\"copy-form\"")));
    }

    @Test
    void englishIsOneSwitchAway() {
        Tokens.as("vp.bimson").cookie("lang", "en").get("/templates/mot-cua-2017-q1").then().statusCode(200)
                .body(containsString("Annex tables")).body(containsString("Copy to my province"));
    }

    @Test
    void yamlDownloadsAsAFile() {
        String yaml = Tokens.as("vp.bimson").get("/templates/mot-cua-2017-q1/1.yaml").then().statusCode(200)
                .header("Content-Disposition", containsString("mot-cua-2017-q1-v1.yaml"))
                .contentType(containsString("application/yaml")).extract().asString();
        assertEquals(true, yaml.contains("code: mot-cua-2017-q1"));
        Tokens.as("vp.bimson").get("/templates/mot-cua-2017-q1/999.yaml").then().statusCode(404);
    }

    @Test
    void aRefusedUploadComesBackWithLineAndPathInVietnameseAndTheTextKept() {
        String code = TemplateLibraryApiTest.newCode("tai-len-sai");
        String broken = TemplateLibraryApiTest.yaml(code, "Mẫu tải lên sai").replace("type: percent", "type: phantram");
        int line = TemplateParserErrorsTest.lineOf(broken, "type: phantram");
        String body = Tokens.as("vp.bimson").multiPart(text("yaml", broken)).post("/templates").then().statusCode(422)
                .extract().asString();
        Document doc = Jsoup.parse(body);
        String errors = doc.select("#upload-errors").text();
        assertEquals(true, errors.contains("Mẫu không hợp lệ"), errors);
        assertEquals(true, errors.contains("Dòng " + line + " [tables[0].columns[3].type]"), errors);
        assertEquals(broken, doc.selectFirst("textarea#yaml").wholeText());
        Tokens.as("vp.bimson").get("/templates/" + code).then().statusCode(404);
    }

    @Test
    void anUploadedFileBecomesMyTenantsVersionAndAnotherTenantCannotSeeIt() {
        String code = TemplateLibraryApiTest.newCode("tai-len");
        String yaml = TemplateLibraryApiTest.yaml(code, "Mẫu tải lên từ tệp");
        Tokens.as("vp.bimson").redirects().follow(false).multiPart(file(code + ".yaml", yaml))
                .multiPart(text("yaml", "")).post("/templates").then().statusCode(303)
                .header("Location", endsWith("/templates/" + code + "?version=1"));
        Document doc = page("vp.bimson", "/templates/" + code + "?version=1");
        assertEquals("Mẫu tải lên từ tệp", doc.selectFirst("h1").text());
        assertEquals(true, doc.select("#viewing").text().contains("1"));
        assertEquals(0, doc.select("#copy-form").size());
        assertEquals(1, doc.select("#edit-link").size());
        Document list = page("admin.thanhhoa", "/templates");
        assertEquals("tenant", list.selectFirst("#template-library tr[data-code=" + code + "]").attr("data-owner"));

        Tokens.as("vp.hoangmai").get("/templates/" + code).then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/templates/" + code + "/1.yaml").then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/templates/new?from=" + code).then().statusCode(404);
        Tokens.as("vp.hoangmai").post("/templates/" + code + "/1/copy").then().statusCode(404);
        Tokens.as("vp.hoangmai").get("/templates").then().statusCode(200).body(not(containsString(code)));
    }

    @Test
    void copyThenEditMakesTheNextVersions() {
        String code = TemplateLibraryApiTest.newCode("sao-chep");
        TemplateLibraryApiTest.create("vp.hoangmai", TemplateLibraryApiTest.yaml(code, "Mẫu gốc"));
        // the edit form starts from the version's text
        Document form = page("vp.hoangmai", "/templates/new?from=" + code + "&version=1");
        String text = form.selectFirst("textarea#yaml").wholeText();
        assertEquals(TemplateLibraryApiTest.yaml(code, "Mẫu gốc"), text);
        Tokens.as("vp.hoangmai").redirects().follow(false)
                .multiPart(text("yaml", text.replace("title: Mẫu gốc", "title: Mẫu đã sửa")))
                .multiPart(text("from", code)).post("/templates").then().statusCode(303)
                .header("Location", endsWith("/templates/" + code + "?version=2"));
        Tokens.as("vp.hoangmai").get("/api/templates/" + code).then().body("version", is(2)).body("title",
                is("Mẫu đã sửa"));
        Tokens.as("vp.hoangmai").redirects().follow(false).post("/templates/" + code + "/1/copy").then().statusCode(303)
                .header("Location", endsWith("/templates/" + code + "?version=3"));
        Tokens.as("quynhthien.cb").post("/templates/" + code + "/1/copy").then().statusCode(403);
    }

    @Test
    void aLoginWithoutTenantSeesNoLibrary() {
        Tokens.as("stranger").get("/templates").then().statusCode(403);
        Tokens.as("stranger").get("/templates/mot-cua-2017-q1").then().statusCode(403);
    }
}
