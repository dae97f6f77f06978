package org.onevisit.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 数据开放: non-personal, aggregated datasets computed from the base libraries for anyone, with their
 * licence terms. Counts below {@link #SUPPRESS_BELOW} are withheld ({@code null}) so that no small group can be
 * singled out.
 */
public interface OpenData {

  int SUPPRESS_BELOW = 10;

  /**
   * A dataset.
   *
   * @param id its stable name in URLs, e.g. {@code population-by-county-and-age}
   * @param columns column names (CSV header)
   * @param rows values as text; a suppressed count is {@code null}
   */
  record Dataset(String id, String title, String titleEn, String description, String descriptionEn,
      List<String> columns, List<List<@Nullable String>> rows, Instant generatedAt) {}

  /** The ids of the published datasets. */
  List<String> ids();

  /** A dataset as of now (recomputed at most every few minutes). */
  Optional<Dataset> dataset(String id);
}
