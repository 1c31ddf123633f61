package io.svmi.web;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do. An admin manages organisations and accounts and reads and edits every
 * organisation's assessments; an assessor edits its own organisation's; a viewer reads them.
 */
enum Role {
  ADMIN, ASSESSOR, VIEWER;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Role> of(String id) {
    for (Role role : values()) {
      if (role.id().equals(id)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
