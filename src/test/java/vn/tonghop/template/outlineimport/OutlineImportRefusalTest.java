package vn.tonghop.template.outlineimport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import vn.tonghop.support.Tokens;
import vn.tonghop.support.PortalTest;

/** Files the import refuses, each with its Vietnamese reason, and nothing stored. */
@PortalTest
class OutlineImportRefusalTest {

    static void refused(String name, byte[] bytes, String reason) {
        Tokens.as(OutlineImportApiTest.AUTHOR).multiPart("file", name, bytes).post("/api/templates/import").then()
                .statusCode(422).body("errors", hasSize(1)).body("errors[0].message", containsString(reason));
    }

    static byte[] zip(List<String> names, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void eachBadFileSaysWhyAndNothingIsStored() throws Exception {
        int before = Tokens.as(OutlineImportApiTest.AUTHOR).get("/api/templates").then().extract().jsonPath()
                .getList("").size();
        refused("de-cuong.docx", "Đề cương\nI. Kết quả".getBytes(StandardCharsets.UTF_8),
                "không phải tệp Word (.docx) hoặc Excel (.xlsx)");
        ByteArrayOutputStream legacy = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(legacy);
        }
        refused("de-cuong.doc", legacy.toByteArray(), "định dạng Word/Excel cũ");
        refused("de-cuong.docx", encrypted(OutlineImportApiTest.bytes("seed000-de-cuong.docx")), "mật khẩu");
        refused("de-cuong.docx", zip(List.of("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
                "<x/>".getBytes(StandardCharsets.UTF_8)), "macro");
        refused("de-cuong.docx", zip(List.of("[Content_Types].xml", "word/document.xml"), new byte[40 * 1024 * 1024]),
                "quá lớn so với dung lượng");
        refused("de-cuong.docx", new byte[11 * 1024 * 1024], "lớn hơn 10 MB");
        refused("trong.docx", new byte[0], "trống");
        byte[] damaged = OutlineImportApiTest.bytes("seed000-de-cuong.docx");
        refused("hong.docx", java.util.Arrays.copyOf(damaged, damaged.length / 2), "bị hỏng");
        Tokens.as(OutlineImportApiTest.AUTHOR).contentType("multipart/form-data").multiPart("code", "x")
                .post("/api/templates/import").then().statusCode(422)
                .body("errors[0].message", containsString("Chưa chọn tệp"));
        assertEquals(before, Tokens.as(OutlineImportApiTest.AUTHOR).get("/api/templates").then().extract().jsonPath()
                .getList("").size());
    }

    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
