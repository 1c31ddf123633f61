package io.svmi;

import io.svmi.ModelDraft.OptionDecl;
import io.svmi.ModelDraft.QuestionDecl;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The options' kind and values: E0214 (options of both kinds), a model's options all give levels
 * or all give values (not applicable aside), reported with where the first option of the other
 * kind is; E0215 (bad option value), a value is a decimal from 0 to 1,000,000 with at most 6
 * decimal places.
 */
final class OptionValuesCheck implements ModelCheck.OfDeclarations {
  @Override
  public void check(ModelDraft draft, Findings findings) {
    Optional<Optional<SourceSpan>> firstValued = Optional.empty();
    Optional<Optional<SourceSpan>> firstLeveled = Optional.empty();
    for (QuestionDecl q : (Iterable<QuestionDecl>) draft.questions()::iterator) {
      for (OptionDecl o : q.options()) {
        boolean valued = o.value().isPresent();
        if (!valued && o.level().isEmpty()) {
          continue;   // not applicable: either kind
        }
        Optional<Optional<SourceSpan>> other = valued ? firstLeveled : firstValued;
        if (other.isPresent()) {
          findings.repeated(
              DiagnosticCode.E0214,
              valued
                  ? "this option gives a value, but the model's options give levels"
                  : "this option gives a level, but the model's options give values",
              o.id().span(),
              "the first option of the other kind is at",
              other.get());
        } else if (valued && firstValued.isEmpty()) {
          firstValued = Optional.of(o.id().span());
        } else if (!valued && firstLeveled.isEmpty()) {
          firstLeveled = Optional.of(o.id().span());
        }
        if (valued && !Decimals.inRange(o.value().get().value())) {
          BigDecimal v = o.value().get().value();
          findings.report(
              DiagnosticCode.E0215,
              "the value of option '" + o.id().value() + "' of " + q.what() + " must be " + Decimals.RANGE + ", not "
                  + v.toPlainString(),
              o.value().get().span());
        }
      }
    }
  }
}
