package io.svmi.web;

import io.svmi.Evaluation;

/** The radar chart of an evaluation, from svmi-report once it draws one; empty until then. */
final class Charts {
  private Charts() {}

  static String svg(Evaluation evaluation) {
    return "";
  }

  static String overlay(Evaluation before, Evaluation after, String beforeName, String afterName) {
    return "";
  }
}
