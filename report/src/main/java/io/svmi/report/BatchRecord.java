package io.svmi.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.MaturityModel;
import io.svmi.SourceText;

/**
 * One record of a batch's input: a line of a JSONL file, a file of a folder, a row of a CSV export.
 *
 * @param position where the record is, as a person finds it: {@code answers.jsonl:12},
 *     {@code answers/walsall.json}, {@code survey.csv:7} (row 7 of the file, counting the header)
 * @param text the record as it was read (a JSON object, or a CSV row), kept for the rejects file
 * @param reader how the record becomes an assessment of a model
 */
public record BatchRecord(String position, String text, Reader reader) {
  /** Reads a record's text into an assessment, or says every reason it cannot. */
  @FunctionalInterface
  public interface Reader {
    Assessment read(MaturityModel model, BatchRecord record) throws AssessmentException;
  }

  public BatchRecord {
    checkNotNull(position, "position");
    checkNotNull(text, "text");
    checkNotNull(reader, "reader");
  }

  /** A record whose text is an answers object (docs/answers-format.md). */
  public static BatchRecord answers(String position, String text) {
    return new BatchRecord(position, text, BatchRecord::readAnswers);
  }

  /** The assessment this record holds, for the model. */
  public Assessment read(MaturityModel model) throws AssessmentException {
    return reader.read(model, this);
  }

  private static Assessment readAnswers(MaturityModel model, BatchRecord record) throws AssessmentException {
    return Answers.read(model, SourceText.of(record.position(), record.text()));
  }
}
