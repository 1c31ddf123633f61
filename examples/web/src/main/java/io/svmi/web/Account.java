package io.svmi.web;

import java.util.Optional;

/** A person who signs in: an admin has no organisation, an assessor or viewer has one. */
record Account(long id, String username, Role role, Optional<Long> organisationId) {
  boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Whether this account may read the assessments of an organisation. */
  boolean canRead(long organisation) {
    return isAdmin() || organisationId.equals(Optional.of(organisation));
  }

  /** Whether this account may start, change, submit or import assessments of an organisation. */
  boolean canEdit(long organisation) {
    return isAdmin() || (role == Role.ASSESSOR && organisationId.equals(Optional.of(organisation)));
  }
}
