package vn.tonghop.signing;

import java.time.OffsetDateTime;

/**
 * What the verification of a signed PDF found.
 *
 * @param signer
 *            the signer's common name (CN) from the signing certificate, else its whole subject
 * @param signedAt
 *            the signing time the signature carries (its signed attribute, else the signature dictionary's date); may
 *            be null
 * @param intact
 *            the signature's digest matches the bytes it covers and it covers the whole file
 * @param issuer
 *            the common name of the signing certificate's issuer
 * @param trusted
 *            true when the certificate chains to an installed trust anchor; null when none is installed (not checked)
 */
public record SignatureCheck(String signer, OffsetDateTime signedAt, boolean intact, String issuer, Boolean trusted) {
}
