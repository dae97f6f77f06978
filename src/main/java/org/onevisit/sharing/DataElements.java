package org.onevisit.sharing;

import java.util.List;
import java.util.Optional;
import org.onevisit.catalog.DataElement;

/** The sharing catalog (共享目录): every data element the platform shares, with its source. */
public interface DataElements {

  /** All definitions, ordered by code. */
  List<ElementDefinition> all();

  Optional<ElementDefinition> find(DataElement element);
}
