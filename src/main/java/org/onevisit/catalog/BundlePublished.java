package org.onevisit.catalog;

/** 一件事已发布: the bundle's version is now offered to applicants. */
public record BundlePublished(BundleCode bundle, int version) {}
