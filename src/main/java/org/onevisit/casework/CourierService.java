package org.onevisit.casework;

import java.util.Objects;

/**
 * 快递送达: hands a case's paper results to a courier and returns the tracking reference. The platform's local
 * implementation numbers the shipment and records it (no parcel moves); a deployment connects the province's
 * contracted courier (EMS 政务专递) by providing another bean.
 */
public interface CourierService {

  /**
   * @return the courier's tracking reference
   */
  String dispatch(Shipment shipment);

  /** What goes where. */
  record Shipment(CaseNumber number, String recipient, String address, String contents) {
    public Shipment {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(contents, "contents");
    }
  }
}
