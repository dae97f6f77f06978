package org.onevisit.catalog;

/** 一件事已撤回: the bundle is no longer offered. */
public record BundleWithdrawn(BundleCode bundle, int version) {}
