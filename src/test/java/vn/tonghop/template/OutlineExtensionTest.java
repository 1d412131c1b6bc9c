package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.model.OutlineTemplate;

class OutlineExtensionTest {

    static String seed() throws Exception {
        return Files.readString(Path.of("templates-outline/mot-cua-2017-q1.yaml"));
    }

    static OutlineTemplate parse(String yaml) {
        return new TemplateParser().parse(yaml, "t.yaml").orElseThrow();
    }

    @Test
    void anOutlineWithAnAddedSectionExtendsItsParent() throws Exception {
        OutlineTemplate parent = parse(seed());
        OutlineTemplate child = parse(seed().replace("code: mot-cua-2017-q1", "code: bim-son-2017-q1").replace(
                "  - code: de-xuat-kien-nghi\n    title: Đề xuất, kiến nghị\n",
                "  - code: de-xuat-kien-nghi\n    title: Đề xuất, kiến nghị\n"
                        + "  - code: ke-hoach-quy-2\n    title: Kế hoạch quý II\n"));
        assertTrue(child.section("ke-hoach-quy-2").isPresent());
        assertEquals(List.of(), OutlineExtension.missing(parent, child));
    }

    @Test
    void aMissingSectionOrAChangedColumnIsNamed() throws Exception {
        OutlineTemplate parent = parse(seed());
        OutlineTemplate child = parse(seed()
                .replace("      - code: uu-diem\n        numbering: arabic\n" + "        title: Những ưu điểm\n", "")
                .replace("code: qua_han", "code: tre_han").replace("dung_han + qua_han", "dung_han + tre_han")
                .replace("n2023_qua_han", "n2023_tre_han"));
        List<String> missing = OutlineExtension.missing(parent, child);
        assertTrue(missing.stream().anyMatch(m -> m.contains("(uu-diem)")), missing.toString());
        assertTrue(missing.contains("cột 'qua_han' của bảng phu-luc-2"), missing.toString());
    }
}
