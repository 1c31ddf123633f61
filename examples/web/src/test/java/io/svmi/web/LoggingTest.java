package io.svmi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/**
 * The log: one line per request with its request id; never an answer, a note or a password. Runs
 * alone, so that the appender it adds sees only its own server's lines.
 */
@Isolated
class LoggingTest {
  @Test
  void theLog_carriesRequestIds_andNoAnswersNotesOrPasswords() {
    Logger root = ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    root.addAppender(events);
    try (TestServer server = TestServer.h2()) {
      long org = server.organisation("Walsall");
      Browser b = new Browser(server.base());
      SafetyTest.signIn(b, "Walsall-assessor", "a-wrong-secret-password");
      b.signIn("Walsall-assessor", TestServer.PASSWORD);
      long id = AssessmentFlowTest.startAssessment(b, org, "Logged");
      List<Map.Entry<String, String>> fields = new ArrayList<>(Walsall.fields());
      fields.add(Map.entry("note.A1", "confidential-evidence-note"));
      fields.add(Map.entry("action", "save"));
      String rid = b.submit("/assessments/" + id, fields).headers().firstValue("X-Request-Id").orElseThrow();

      List<ILoggingEvent> mine = events.list.stream().filter(e -> e.getLoggerName().startsWith("io.svmi.web")).toList();
      assertTrue(mine.stream().anyMatch(e -> rid.equals(e.getMDCPropertyMap().get("rid"))
          && e.getFormattedMessage().equals("POST /assessments/" + id + " 303 " + e.getFormattedMessage().replaceAll(".* ", ""))),
          "the save's request line carries its id");
      for (ILoggingEvent e : mine) {
        String line = e.getFormattedMessage();
        for (String secret : List.of(TestServer.PASSWORD, "a-wrong-secret-password", "confidential-evidence-note",
            "works", "leader", "csrf")) {
          assertFalse(line.contains(secret), () -> "the log line '" + line + "' contains " + secret);
        }
      }
      assertEquals(0, mine.stream().filter(e -> e.getMDCPropertyMap().get("rid") == null
          && e.getFormattedMessage().matches("(GET|POST) .*")).count(), "every request line has an id");
    } finally {
      root.detachAppender(events);
    }
  }
}
