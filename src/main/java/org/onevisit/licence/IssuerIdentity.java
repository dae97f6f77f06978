package org.onevisit.licence;

/**
 * The deployment's issuer: its DID, its DID document (served at {@code /.well-known/did.json}), the
 * base URL of its status lists and verification pages, and its signed status list credentials.
 */
public interface IssuerIdentity {

  /** {@code did:web:…} of this deployment. */
  String did();

  /** The public base URL, without a trailing slash. */
  String baseUrl();

  /** The DID document, JSON. */
  String didDocument();

  /**
   * The signed Bitstring Status List credential, JSON.
   *
   * @param purpose {@code revocation} or {@code suspension}
   * @param list the list number
   * @return empty for an unknown purpose or a list number beyond the issued licences
   */
  java.util.Optional<String> statusList(String purpose, int list);

  /** The public verification link of a licence (what its QR code holds). */
  default String verificationUrl(Licence licence) {
    return baseUrl() + "/verify/" + licence.verificationCode();
  }
}
