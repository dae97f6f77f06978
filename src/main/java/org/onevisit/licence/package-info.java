/**
 * 电子证照: licence types, licences issued to persons and enterprises as W3C Verifiable Credentials 2.0
 * (Data Integrity proofs {@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022} and a national SM2/SM3 proof),
 * their status (suspension and revocation through Bitstring Status Lists), verification, the citizen's
 * wallet with PDF and QR code, the public verification page, the staff licence desk and the W3C VC-API endpoints,
 * which department systems call with the sharing module's API-client tokens once authorised ({@link
 * org.onevisit.licence.IssuerClients}). Offers {@link
 * org.onevisit.licence.Licences} and {@link org.onevisit.licence.CredentialVerifier}; publishes {@link
 * org.onevisit.licence.LicenceIssued}.
 */
@ApplicationModule(allowedDependencies = {"platform", "organisation", "identity", "catalog", "sharing"})
@NullMarked
package org.onevisit.licence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
