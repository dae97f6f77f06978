package org.onevisit.sharing;

/** Stable codes of refused sharing operations, mapped once per adapter (problem JSON, error pages). */
public enum SharingError {
  /** Malformed or oversize request. */
  INVALID_REQUEST,
  /** A data element that is not in the sharing catalog. */
  UNKNOWN_ELEMENT,
  /** No grant (or other record) with that id. */
  NOT_FOUND,
  /** The acting staff member may not do this (role, department, region, own request). */
  NOT_ALLOWED,
  /** The record is not in a state that allows this transition. */
  ILLEGAL_TRANSITION,
  /** Unknown or disabled API client, wrong secret. */
  BAD_CREDENTIALS,
  /** The access log could not record a read in time, so nothing was served; retry later. */
  UNAVAILABLE
}
