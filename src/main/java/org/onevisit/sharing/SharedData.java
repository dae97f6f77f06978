package org.onevisit.sharing;

import java.util.List;
import org.onevisit.catalog.DataElement;

/**
 * 有条件使用: the one way to read shared data. A read succeeds only for elements granted to the
 * consumer's department for the purpose's type, and only when a {@link PurposeVerifier} confirms the
 * purpose's reference for that subject and consumer. Every read, served or refused, is appended to the
 * {@link AccessLog} in the same transaction before the answer is returned: if the log entry cannot be
 * written, nothing is answered.
 */
public interface SharedData {

  /**
   * Reads elements of one subject for one purpose.
   *
   * @param elements the elements asked for, in the order wanted; duplicates are read once; 1–50 elements
   * @return every element served or refused, never dropped
   * @throws SharingException {@code INVALID_REQUEST} for no elements or more than 50 (nothing logged)
   */
  Answer read(Consumer consumer, Subject subject, List<DataElement> elements, Purpose purpose);
}
