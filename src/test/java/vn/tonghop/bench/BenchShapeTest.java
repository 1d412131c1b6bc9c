package vn.tonghop.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tonghop.template.TemplateParseResult;
import vn.tonghop.template.TemplateParser;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.RowModel;
import vn.tonghop.template.model.SectionKind;

/** The benchmark's inputs stay what the README says they are; the benchmark itself runs only with -Pbench. */
class BenchShapeTest {

    @Test
    void theCountryHasItsPre2025ShapeAndTheLargeProvinceItsOwn() {
        Country c = Country.national(705, 10_600, 2025);
        assertEquals(63, c.provinces.size());
        assertEquals(705, c.districts.size());
        assertEquals(10_600, c.communes.size());
        assertEquals(27, c.districts.stream().filter(d -> d.parentCode().equals(Country.LARGE_PROVINCE)).count());
        Set<String> large = new HashSet<>();
        c.districts.stream().filter(d -> d.parentCode().equals(Country.LARGE_PROVINCE))
                .forEach(d -> large.add(d.code()));
        assertEquals(560, c.communes.stream().filter(x -> large.contains(x.parentCode())).count());
        Set<String> codes = new HashSet<>();
        c.units.forEach(u -> assertTrue(codes.add(u.code()), "unique code " + u.code()));
        assertEquals(c.units.size(), c.people.size(), "one login per unit");
        assertTrue(c.communes.stream().allMatch(x -> x.code().matches("\\d{5}")));
    }

    @Test
    void theBenchTemplateIsValidWithItsTablesAndFiveNarratives() throws IOException {
        String yaml = Files.readString(Path.of("src/bench/bao-cao-mot-cua-bench.yaml"));
        TemplateParseResult result = new TemplateParser().parse(yaml, "bao-cao-mot-cua-bench.yaml");
        assertTrue(result.isValid(), result::errorReport);
        OutlineTemplate t = result.orElseThrow();
        assertEquals(5, t.flattenSections().stream().filter(s -> s.kind() == SectionKind.TEXT).count());
        assertEquals(RowModel.UNITS, t.table("phu-luc-2").orElseThrow().rowModel());
        assertEquals(RowModel.FIXED, t.table("phu-luc-3").orElseThrow().rowModel());
        assertEquals(Reports.SECTIONS,
                t.flattenSections().stream().filter(s -> s.kind() == SectionKind.TEXT).map(s -> s.code()).toList());
    }
}
