package vn.tonghop.export.model;

import java.time.LocalDate;

/**
 * The header block of an official document.
 *
 * @param superiorBody
 *            the body above the issuer, e.g. "UBND TỈNH THANH HÓA"; null when none is printed
 * @param issuingBody
 *            e.g. "ỦY BAN NHÂN DÂN THỊ XÃ BỈM SƠN" or "SỞ NỘI VỤ"
 * @param number
 *            number and symbol, e.g. "675/UBND-VP"; a blank number is printed as "Số: /…"
 * @param subject
 *            a letter's subject line without the "V/v " prefix; null for reports
 * @param place
 *            place name of the date line, e.g. "Bỉm Sơn"
 * @param date
 *            null prints "ngày … tháng … năm …" to be filled by hand
 * @param urgency
 *            "KHẨN", "THƯỢNG KHẨN" or null
 */
public record DocumentHead(String superiorBody, String issuingBody, String number, String subject, String place,
        LocalDate date, String urgency) {
}
