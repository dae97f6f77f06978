package org.onevisit.sharing;

import java.util.List;
import org.onevisit.catalog.DataElement;

/**
 * 共享率: of the data elements that published catalog items bind their form fields and materials to,
 * how many a base library here holds, so that the form arrives filled instead of asking the applicant.
 *
 * @param required distinct elements the published items need
 * @param held how many of them a base library holds
 * @param notHeld the others, by code: in the sharing catalog but not yet collected, or not even in it
 */
public record SharingRatio(int required, int held, List<DataElement> notHeld) {

  public SharingRatio {
    notHeld = List.copyOf(notHeld);
  }

  /** Held as a percentage of required, rounded down; 0 when nothing is required. */
  public int percent() {
    return required == 0 ? 0 : held * 100 / required;
  }

  /** Measures the ratio now, over the catalog's published items. */
  public interface Measure {
    SharingRatio current();

    /** The catalog's elements that a base library here holds (for persons or for enterprises). */
    java.util.Set<DataElement> heldElements();
  }
}
