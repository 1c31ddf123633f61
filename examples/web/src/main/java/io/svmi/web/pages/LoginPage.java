package io.svmi.web.pages;

import java.util.List;

/** The sign-in form, with what was typed as username and any problem. */
public record LoginPage(Frame frame, String username, List<FieldError> errors, String loginToken) {
  public LoginPage {
    errors = List.copyOf(errors);
  }
}
