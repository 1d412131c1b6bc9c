package vn.tonghop.export.model;

/**
 * The signature block.
 *
 * @param capacity
 *            e.g. "TM. ỦY BAN NHÂN DÂN"; null when the signer signs in their own name
 * @param title
 *            e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (may hold two lines separated by a newline)
 * @param name
 *            the signer's full name; null leaves the space blank
 */
public record Signature(String capacity, String title, String name) {
}
