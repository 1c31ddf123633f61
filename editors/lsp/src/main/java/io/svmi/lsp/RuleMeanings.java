package io.svmi.lsp;

import io.svmi.lsp.Symbol.Kind;

/** What a line of the {@code rules} block means, in plain words. */
final class RuleMeanings {
  private RuleMeanings() {}

  static String meaning(String name, String value, SyntaxIndex index) {
    return switch (name) {
      case "dimension level" -> "A dimension stands at " + combination(value) + ".";
      case "group level" -> "A group stands at " + combination(value) + ".";
      case "overall level" -> value.equals("none")
          ? "The model has no overall level (nor an overall target): it grades dimensions and groups only."
          : "The overall level is " + combination(value) + ".";
      case "overall target" -> value.equals("none")
          ? "No overall target is combined: it is the one an assessment gives, or none."
          : "The overall target is " + combination(value) + ".";
      case "action plan" -> switch (value) {
        case "next level" -> "For each question below the highest level, the plan lists the one action to the level just above its own.";
        case "up to target" -> "For each question, the plan lists every action above its level, up to its dimension's target.";
        case "up to top" -> "For each question, the plan lists every action above its level, up to the highest level.";
        default -> unknown(value);
      };
      case "unanswered" -> {
        if (value.equals("error")) {
          yield "An unanswered question is an error: every question must be answered.";
        }
        String level = value.startsWith("level ") ? value.substring("level ".length()) : value;
        yield index.symbol(Kind.LEVEL, level)
            .map(l -> "An unanswered question counts as " + l.name() + " (`" + l.id() + "`).")
            .orElse(unknown(value));
      }
      case "between levels" -> switch (value) {
        case "plus" -> "A score between two levels shows as the lower level with a plus (SAMM's 1+).";
        case "plain" -> "A score between two levels shows as the lower level's name alone.";
        default -> unknown(value);
      };
      default -> "`" + name + "` is not a rule; the rules are: " + String.join(", ", Completions.RULE_NAMES) + ".";
    };
  }

  /** "the lowest level of its questions", "the mean rank of its dimensions, rounded down". */
  static String combination(String value) {
    if (value.equals("indicators")) {
      return "graded by indicators, as the NCSC CAF grades an outcome: the lowest level when a statement of the"
          + " lowest column holds, else the highest column whose statements (placed there by their `at`) are all met";
    }
    if (value.equals("staged")) {
      return "the highest level at and below which every question (placed there by its `at`) is met";
    }
    int of = value.indexOf(" of ");
    if (of < 0) {
      return unknown(value);
    }
    String how = value.substring(0, of);
    String rest = value.substring(of + 4);
    String rounding = "";
    for (String r : new String[] {" rounded down", " rounded to nearest"}) {
      if (rest.endsWith(r)) {
        rounding = r.equals(" rounded down") ? ", rounded down" : ", rounded to the nearest rank (a half rounds up)";
        rest = rest.substring(0, rest.length() - r.length());
      }
    }
    String subject = "its " + rest.replace("dimension targets", "dimensions' targets").replace("group targets", "groups' targets");
    boolean weighted = how.startsWith("weighted ");
    String base = weighted ? how.substring("weighted ".length()) : how;
    String weights = weighted ? " weighted by their `weight`" : "";
    boolean thresholds = rounding.isEmpty();
    return switch (base) {
      case "lowest" -> "the lowest level of " + subject;
      case "highest" -> "the highest level of " + subject + " (a high-water mark)";
      case "lower median" -> "the median level of " + subject + " (with an even count, the lower of the two middle levels)";
      case "mean" -> thresholds
          ? "the exact mean score of " + subject + weights + ", read as a level by the levels' `from` scores"
          : "the mean rank of " + subject + weights + rounding;
      case "sum" -> "the sum of the scores of " + subject + weights + ", read as a level by the levels' `from` scores";
      case "sum of means by level" -> "the mean score of " + subject + " at each level (their `at`), the means added"
          + " (OWASP SAMM's practice score), read as a level by the levels' `from` scores";
      default -> unknown(value);
    };
  }

  private static String unknown(String value) {
    return "`" + value + "` is not a value svmi knows here (see the diagnostics for the ones it does)";
  }
}
