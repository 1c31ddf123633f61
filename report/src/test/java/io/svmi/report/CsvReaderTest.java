package io.svmi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rows of a survey tool's CSV export as the batch reads them: every character of a field kept
 * as written, and a row too long rejected by itself. {@code BatchTest} reads whole exports.
 */
class CsvReaderTest {
  private static List<CsvReader.Row> rows(String csv) throws IOException {
    List<CsvReader.Row> rows = new ArrayList<>();
    try (CsvReader reader = new CsvReader(new StringReader(csv))) {
      for (Optional<CsvReader.Row> row = reader.next(); row.isPresent(); row = reader.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  /**
   * A NUL character is a character like any other (some exports write one for an empty answer):
   * it neither ends a row nor is lost, first in a row, after a closing quote or after a carriage
   * return.
   */
  @Test
  void aNulCharacter_isKeptInItsField_whereverItStands() throws IOException {
    assertEquals(List.of(
            new CsvReader.Row(1, List.of("\0a", "b\0c"), "\0a,\"b\"\0c", Optional.empty()),
            new CsvReader.Row(2, List.of("\0d"), "\0d", Optional.empty()),
            new CsvReader.Row(3, List.of("\0"), "\0", Optional.empty())),
        rows("\0a,\"b\"\0c\r\0d\n\0"));
  }

  /** A row as long as an answers file may be is read; a longer one is rejected alone, and the next row is read. */
  @Test
  void aRowOfExactlyTheLimit_isRead_andALongerOne_isRejectedByItself() throws IOException {
    String exactly = "x".repeat(Answers.MAX_BYTES);
    List<CsvReader.Row> rows = rows(exactly + "\n" + "\"" + "y".repeat(Answers.MAX_BYTES) + "\",z\n" + "next,row\n");
    assertEquals(3, rows.size());
    assertEquals(List.of(exactly), rows.get(0).fields());
    assertEquals(Optional.empty(), rows.get(0).error());
    assertEquals(new CsvReader.Row(2, List.of(), "", Optional.of("the row is longer than 1048576 characters")), rows.get(1));
    assertEquals(new CsvReader.Row(3, List.of("next", "row"), "next,row", Optional.empty()), rows.get(2));
  }

  /** Closing the reader closes what it reads (the export's file, for a batch). */
  @Test
  void closingTheRows_closesTheirSource() throws IOException {
    boolean[] closed = {false};
    CsvReader reader = new CsvReader(new StringReader("a,b\n") {
      @Override
      public void close() {
        closed[0] = true;
        super.close();
      }
    });
    reader.close();
    assertTrue(closed[0]);
  }
}
