package org.onevisit.sharing;

import java.math.BigDecimal;
import java.util.Objects;
import org.onevisit.organisation.RegionCode;

/**
 * 标准地址: an address in the spatial library (空间地理库) with the village or community it lies in and its
 * coordinates (WGS 84, six decimals, about 0.1 m), as the natural-resources department's standard address
 * register holds it. Persons' residence addresses and enterprises' registered addresses are matched to it by
 * their exact text.
 *
 * @param address the standard address text, 1–200 characters
 * @param region the village or community (12 digits) or a coarser region
 * @param longitude −180 to 180
 * @param latitude −90 to 90
 * @param provenance the source of the record
 */
public record AddressRecord(String address, RegionCode region, BigDecimal longitude, BigDecimal latitude,
    Provenance provenance) {

  public AddressRecord {
    EnterpriseRecord.Texts.require("address", address, 200);
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(provenance, "provenance");
    longitude = longitude.setScale(6, java.math.RoundingMode.HALF_UP);
    latitude = latitude.setScale(6, java.math.RoundingMode.HALF_UP);
    if (longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0 || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
      throw new IllegalArgumentException("Coordinates out of range");
    }
  }

  /** {@code longitude,latitude} as served for the element {@code address.coordinates}. */
  public String coordinates() {
    return longitude.toPlainString() + "," + latitude.toPlainString();
  }
}
