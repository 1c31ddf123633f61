package io.svmi.web;

/** Ends a request with a 303 "see other" to a path of this server. */
final class Redirect extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;

  Redirect(String location) {
    super(location, null, false, false);
    this.location = location;
  }

  String location() {
    return location;
  }
}
