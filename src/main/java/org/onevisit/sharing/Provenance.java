package org.onevisit.sharing;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a base-library record comes from (数据来源): the department that supplied it, its system, the time
 * the data was current and the version of the record, so that a consumer can judge it and report an error
 * to the right source.
 *
 * @param sourceDepartment the supplying department's code, e.g. {@code 331126-PSB}
 * @param sourceSystem the source system, e.g. 户籍管理系统
 * @param asOf when the data was current at the source
 * @param version 1 for the first delivery, incremented by each correction
 */
public record Provenance(String sourceDepartment, String sourceSystem, Instant asOf, int version) {

  public Provenance {
    Objects.requireNonNull(sourceDepartment, "sourceDepartment");
    Objects.requireNonNull(sourceSystem, "sourceSystem");
    Objects.requireNonNull(asOf, "asOf");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }
}
