package org.onevisit.casework;

import java.time.LocalDate;
import java.util.List;

/** 超期: an accepted case passed its promised date; {@code departments} are those still deciding. Sent once. */
public record CaseOverdue(CaseNumber number, LocalDate due, List<String> departments) {}
