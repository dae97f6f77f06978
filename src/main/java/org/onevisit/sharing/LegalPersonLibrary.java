package org.onevisit.sharing;

import java.util.List;
import java.util.Optional;
import org.onevisit.identity.CreditCode;
import org.onevisit.identity.IdNumber;

/**
 * 法人库、信用库、空间地理库: lookups in the legal-person, credit and spatial base libraries. Records come
 * in through {@link BulkLoad} and the ingestion API ({@link Ingestion}); department systems read them through
 * {@link SharedData#read} like the population library. No method returns {@code null}.
 */
public interface LegalPersonLibrary {

  /** The number of enterprises in the library. */
  long enterprises();

  Optional<EnterpriseRecord> enterprise(CreditCode creditCode);

  /** The enterprises this person represents (looked up by the blind index of the ID number), by name. */
  List<EnterpriseRecord> representedBy(IdNumber person);

  Optional<CreditRecord> credit(CreditCode creditCode);

  /** The standard address with exactly this text, if registered. */
  Optional<AddressRecord> address(String address);
}
