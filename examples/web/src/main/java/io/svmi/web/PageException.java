package io.svmi.web;

/**
 * A request that ends with an error page: its status, a heading and one sentence for the person
 * who sent it. Thrown by handlers, rendered by one exception handler; never carries a stack trace
 * to the browser.
 */
final class PageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String heading;

  PageException(int status, String heading, String message) {
    super(message, null, false, false);
    this.status = status;
    this.heading = heading;
  }

  static PageException notFound() {
    return new PageException(404, "Page not found",
        "There is no such page, or you do not have access to it.");
  }

  static PageException forbidden() {
    return new PageException(403, "Not allowed", "Your account cannot do this.");
  }

  static PageException badRequest(String message) {
    return new PageException(400, "The request could not be read", message);
  }

  int status() {
    return status;
  }

  String heading() {
    return heading;
  }
}
