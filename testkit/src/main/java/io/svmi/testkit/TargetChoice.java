package io.svmi.testkit;

/** How generated assessments set dimension targets relative to the present levels. */
enum TargetChoice {
  /** Some dimensions get a random target, others none (they keep their present level). */
  ANY,
  /** No target is given. */
  NONE,
  /** Every dimension with a level aims above it (at the top when it is already there). */
  ABOVE_PRESENT,
  /** Every dimension with a level aims at it, given explicitly. */
  AT_PRESENT,
  /** Every dimension with a level aims below it (at the lowest when it is already there). */
  BELOW_PRESENT
}
