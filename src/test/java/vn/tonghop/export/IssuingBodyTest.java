package vn.tonghop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.tonghop.export.docx.HeaderBlockWriter;
import vn.tonghop.unit.Unit;
import vn.tonghop.unit.UnitKind;

class IssuingBodyTest {

    static Unit unit(String name, UnitKind kind) {
        Unit u = new Unit();
        u.name = name;
        u.kind = kind;
        return u;
    }

    static final Unit THANH_HOA = unit("UBND tỉnh Thanh Hóa", UnitKind.PROVINCE);
    static final Unit BIM_SON = unit("UBND thị xã Bỉm Sơn", UnitKind.DISTRICT);

    @Test
    void aPeoplesCommitteePrintsItsFullNameAndNoSuperiorAsTheSeedLettersDo() {
        IssuingBody b = IssuingBody.of(BIM_SON, THANH_HOA);
        assertNull(b.superiorBody());
        assertEquals("ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN", b.issuingBody());
        assertEquals("Bỉm Sơn", b.place());

        IssuingBody ward = IssuingBody.of(unit("UBND phường Ba Đình", UnitKind.COMMUNE), BIM_SON);
        assertEquals("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", ward.issuingBody());
        assertEquals("Ba Đình", ward.place());

        IssuingBody province = IssuingBody.of(THANH_HOA, null);
        assertEquals("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", province.issuingBody());
        assertEquals("Thanh Hóa", province.place());

        IssuingBody town = IssuingBody.of(unit("UBND thị trấn Hà Trung", UnitKind.COMMUNE), null);
        assertEquals("Hà Trung", town.place());
    }

    @Test
    void aDepartmentPrintsItsProvinceAboveItsOwnShortName() {
        IssuingBody b = IssuingBody.of(unit("Sở Nội vụ tỉnh Thanh Hóa", UnitKind.DEPARTMENT), THANH_HOA);
        assertEquals("UBND TỈNH THANH HÓA", b.superiorBody());
        assertEquals("SỞ NỘI VỤ", b.issuingBody());
        assertEquals("Thanh Hóa", b.place());
    }

    @Test
    void anOfficePrintsItsCommitteeAbove() {
        IssuingBody b = IssuingBody.of(unit("Văn phòng HĐND và UBND thị xã Hoàng Mai", UnitKind.OFFICE),
                unit("Ủy ban nhân dân thị xã Hoàng Mai", UnitKind.DISTRICT));
        assertEquals("UBND THỊ XÃ HOÀNG MAI", b.superiorBody());
        assertEquals("VĂN PHÒNG HĐND VÀ UBND", b.issuingBody());
        assertEquals("Hoàng Mai", b.place());

        IssuingBody office = IssuingBody.of(unit("Bộ phận Một cửa", UnitKind.OFFICE), BIM_SON);
        assertEquals("BỘ PHẬN MỘT CỬA", office.issuingBody());
        assertEquals("Bỉm Sơn", office.place());
    }

    @Test
    void dateLineTakesLeadingZerosOnlyWhereTheDecreeSays() {
        assertEquals("Bỉm Sơn, ngày 24 tháng 4 năm 2017",
                HeaderBlockWriter.placeAndDate("Bỉm Sơn", LocalDate.of(2017, 4, 24)));
        assertEquals("Thanh Hóa, ngày 05 tháng 02 năm 2018",
                HeaderBlockWriter.placeAndDate("Thanh Hóa", LocalDate.of(2018, 2, 5)));
        assertEquals("Hoàng Mai, ngày 09 tháng 12 năm 2024",
                HeaderBlockWriter.placeAndDate("Hoàng Mai", LocalDate.of(2024, 12, 9)));
    }
}
