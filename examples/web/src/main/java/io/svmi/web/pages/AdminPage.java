package io.svmi.web.pages;

import java.util.List;

/**
 * The admin's page: organisations (each a link to its assessments), accounts, and the forms that
 * add one of each, with what was typed and the problems when a form was refused.
 */
public record AdminPage(Frame frame, List<Row> organisations, List<AccountRow> accounts, List<FieldError> errors,
    String organisationName, String username, String role, String organisation, String message) {
  /** An organisation with a link to it. */
  public record Row(long id, String name, int assessments) {}

  /** An account as listed. */
  public record AccountRow(String username, String role, String organisation) {}

  public AdminPage {
    organisations = List.copyOf(organisations);
    accounts = List.copyOf(accounts);
    errors = List.copyOf(errors);
  }
}
