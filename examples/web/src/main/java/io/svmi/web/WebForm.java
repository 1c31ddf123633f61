package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.svmi.Assessment;
import io.svmi.AssessmentException;
import io.svmi.Evaluation;
import io.svmi.MaturityModel;
import io.svmi.ModelResult;
import io.svmi.dsl.Svmi;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web form: {@code GET /} shows a form generated from the model, {@code POST /plan} evaluates
 * the posted answers and shows the levels and the action plan. Run it with {@code java -jar
 * svmi-web.jar [--model FILE] [--port N]}; port 0 picks a free port. The model is compiled once and
 * shared, immutable, by the request threads.
 */
public final class WebForm {
  /** The largest form body read: 64 KiB, far above what the form sends. */
  static final int MAX_BODY = 64 * 1024;
  static final int THREADS = 4;
  private static final Logger log = LoggerFactory.getLogger(WebForm.class);
  private static final String USAGE = "usage: java -jar svmi-web.jar [--model FILE] [--port N]";

  private final MaturityModel model;
  private final FormPage page;
  private final HttpServer server;
  private final ExecutorService threads;

  private WebForm(MaturityModel model, HttpServer server, ExecutorService threads) {
    this.model = model;
    this.page = new FormPage(model);
    this.server = server;
    this.threads = threads;
  }

  public static void main(String[] args) {
    if (launch(List.of(args), System.out, System.err).isEmpty()) {
      System.exit(1);
    }
  }

  /**
   * Reads the arguments, compiles the model and starts serving; or prints what is wrong and
   * returns empty.
   */
  static Optional<WebForm> launch(List<String> args, PrintStream out, PrintStream err) {
    Optional<Path> file = Optional.empty();
    int port = 8080;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (i + 1 < args.size() && arg.equals("--model")) {
        file = Optional.of(Path.of(args.get(++i)));
      } else if (i + 1 < args.size() && arg.equals("--port") && args.get(i + 1).matches("\\d{1,5}")
          && Integer.parseInt(args.get(i + 1)) <= 65535) {
        port = Integer.parseInt(args.get(++i));
      } else {
        err.println("svmi-web: unexpected argument '" + arg + "'\n" + USAGE);
        return Optional.empty();
      }
    }
    // tag::compile[]
    ModelResult result = file.map(Svmi::compile).orElseGet(WebForm::bundled);   // once, at start-up
    if (result.hasErrors()) {
      err.print(result.render());       // every problem, with its line and a caret; nothing starts
      return Optional.empty();
    }
    // end::compile[]
    try {
      WebForm form = start(result.orElseThrow(), port);
      out.println("svmi web form: http://localhost:" + form.port() + "/");
      return Optional.of(form);
    } catch (IOException e) {
      err.println("svmi-web: cannot listen on port " + port + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** Serves the form for one compiled model, shared by every request thread. */
  static WebForm start(MaturityModel model, int port) throws IOException {
    // tag::start[]
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);   // a few threads, one model
    WebForm form = new WebForm(model, server, threads);   // holds the model and a FormPage of it
    server.createContext("/", guarded(form::index));      // GET /: the form
    server.createContext("/plan", guarded(form::plan));   // POST /plan: checks, then evaluate(...)
    server.setExecutor(threads);
    server.start();
    // end::start[]
    return form;
  }

  /** The port served, the one picked when started on port 0. */
  int port() {
    return server.getAddress().getPort();
  }

  void stop() {
    server.stop(0);
    threads.shutdown();
  }

  private void index(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/")) {
      send(exchange, 404, FormPage.error("Not found", "This server has the form at / and nothing else."));
    } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      send(exchange, 405, FormPage.error("Method not allowed", "The form is read with GET."));
    } else {
      send(exchange, 200, page.form(FormBody.EMPTY));
    }
  }

  private void plan(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/plan")) {
      send(exchange, 404, FormPage.error("Not found", "This server has the form at / and nothing else."));
      return;
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      send(exchange, 405, FormPage.error("Method not allowed",
          "The plan is made from the form, sent with POST: open the form and submit it."));
      return;
    }
    String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
    if (!type.toLowerCase(Locale.ROOT).matches("application/x-www-form-urlencoded\\s*(;.*)?")) {
      send(exchange, 415, FormPage.error("Unsupported form encoding",
          "The form must be sent as application/x-www-form-urlencoded"
              + (type.isEmpty() ? "." : ", not as " + type + ".")));
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      send(exchange, 413, FormPage.error("Form too large",
          "The form sent is larger than " + MAX_BODY / 1024 + " KiB; this form never sends that much."));
      return;
    }
    Optional<FormBody> form = FormBody.parse(new String(body, UTF_8));
    if (form.isEmpty()) {
      send(exchange, 400, FormPage.error("Malformed form",
          "The form sent is not well-formed URL encoding (a '%' not followed by two hex digits)."));
      return;
    }
    List<String> problems = form.get().problems();
    if (problems.isEmpty()) {
      evaluate(exchange, form.get());
    } else {
      send(exchange, 400, page.problems(problems, form.get()));
    }
  }

  /** Per request: an assessment built from the form's ids, evaluated against the shared model. */
  private void evaluate(HttpExchange exchange, FormBody form) throws IOException {
    // tag::evaluate[]
    Assessment.Builder builder = model.assessment().subject(form.value(FormBody.SUBJECT));
    for (FormBody.Field field : form.fields()) {
      String name = field.name();
      if (name.startsWith(FormBody.ANSWER)) {                // q.A1=works: question id -> option id
        builder.answer(name.substring(2), field.value());
      } else if (name.startsWith(FormBody.TARGET) && !field.value().isEmpty()) {
        builder.target(name.substring(2), field.value());    // t.A=leader: dimension id -> level id
      } else if (name.equals(FormBody.OVERALL) && !field.value().isEmpty()) {
        builder.overallTarget(field.value());
      }
    }
    try {
      Evaluation evaluation = model.evaluate(builder.build());   // build(): every problem at once
      send(exchange, 200, page.plan(evaluation, form));
    } catch (AssessmentException e) {
      send(exchange, 400, page.problems(FormPage.messages(e.diagnostics()), form));
    }
    // end::evaluate[]
  }

  /**
   * Runs a handler; an exception it did not expect is logged and answered with a generic 500 page
   * (a stack trace is for the log, never for the user).
   */
  static HttpHandler guarded(HttpHandler handler) {
    return exchange -> {
      try {
        handler.handle(exchange);
      } catch (RuntimeException e) {
        log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        if (exchange.getResponseCode() == -1) {
          send(exchange, 500, FormPage.error("Something went wrong",
              "The server could not answer this request. It has been logged; please try again later."));
        }
      } finally {
        exchange.close();
      }
    };
  }

  private static void send(HttpExchange exchange, int status, String html) throws IOException {
    byte[] bytes = html.getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);   // the headers of the page, without the page
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static ModelResult bundled() {
    return Svmi.compileResource(WebForm.class, "bundled/svmi.svmi");   // copied into the jar by the build
  }
}
