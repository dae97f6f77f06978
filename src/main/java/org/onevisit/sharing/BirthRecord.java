package org.onevisit.sharing;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.identity.IdNumber;

/**
 * 分娩记录: a child delivered in a hospital, as the hospital records it before the child has a name or an ID
 * number. It is the mother's record: the data elements {@code newborn.*} and {@code birth.*} are read with the
 * mother as subject (her latest delivery), which is how 出生一件事 gets the child's data without a paper.
 *
 * @param id the record number
 * @param mother the mother's ID number
 * @param father the father's ID number as declared at delivery, if any
 * @param sex the child's sex
 * @param bornAt date and time of birth, China time
 * @param weightGrams birth weight in grams (300–7,000)
 * @param gestationalWeeks weeks of gestation (20–45)
 * @param institution the delivering institution (助产机构)
 * @param provenance the source of the record
 */
public record BirthRecord(long id, IdNumber mother, @Nullable IdNumber father, IdNumber.Sex sex, LocalDateTime bornAt,
    int weightGrams, int gestationalWeeks, String institution, Provenance provenance) {

  public BirthRecord {
    Objects.requireNonNull(mother, "mother");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(bornAt, "bornAt");
    Objects.requireNonNull(institution, "institution");
    Objects.requireNonNull(provenance, "provenance");
    if (weightGrams < 300 || weightGrams > 7_000) {
      throw new IllegalArgumentException("Birth weight out of range: " + weightGrams + " g");
    }
    if (gestationalWeeks < 20 || gestationalWeeks > 45) {
      throw new IllegalArgumentException("Gestational weeks out of range: " + gestationalWeeks);
    }
  }
}
