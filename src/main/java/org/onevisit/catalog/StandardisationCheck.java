package org.onevisit.catalog;

import java.util.List;

/**
 * 标准化检查: one rule of that a subject (an item, a bundle, the regional implementations of
 * one item code) must meet before publication. Returns every problem found; empty when the subject
 * passes.
 */
@FunctionalInterface
public interface StandardisationCheck<T> {

  List<Problem> check(T subject);
}
