package io.svmi.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.svmi.web.pages.ErrorPage;
import io.svmi.web.pages.FieldError;
import io.svmi.web.pages.Frame;
import io.svmi.web.pages.Link;
import io.svmi.web.pages.LoginPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The web application: Javalin on Jetty, with the limits that keep it answering (request bodies,
 * idle connections, slow senders), the headers every page carries, sign-in sessions and CSRF
 * checks, and the routes. Pages of organisations and assessments are in {@link AssessmentRoutes},
 * the admin's in {@link AdminRoutes}.
 */
final class WebApp implements AutoCloseable {
  /** The largest request body: an answers file of 1 MiB in a multipart form, with room to spare. */
  static final long MAX_BODY = 1_100_000;
  /** A connection with nothing sent or received for this long is closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
  /** A request body must arrive at least this fast (bytes a second), or the request is dropped. */
  static final long MIN_REQUEST_DATA_RATE = 256;
  static final String SESSION_COOKIE = "svmi_session";
  static final String LOGIN_COOKIE = "svmi_login";
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private static final Logger log = LoggerFactory.getLogger(WebApp.class);
  private static final Set<String> STATIC = Set.of("app.css", "print.css");
  private static final String SESSION = "svmi.session";
  private static final java.util.regex.Pattern STYLE_ELEMENT =
      java.util.regex.Pattern.compile("<style>(.*?)</style>", java.util.regex.Pattern.DOTALL);

  private final Database db;
  private final Accounts accounts;
  private final LoginThrottle throttle;
  private final Views views = new Views();
  private final Javalin app;

  private WebApp(Database db, Accounts accounts, ModelCatalog models, Assessments assessments, LoginThrottle throttle,
      String host, int port, boolean behindProxy) {
    this.db = db;
    this.accounts = accounts;
    this.throttle = throttle;
    AssessmentRoutes assessmentRoutes = new AssessmentRoutes(this, accounts, assessments, models);
    AdminRoutes adminRoutes = new AdminRoutes(this, accounts, assessments, models);
    ReportRoutes reportRoutes = new ReportRoutes(this, assessmentRoutes, assessments, models);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY;
      config.http.defaultContentType = "text/html; charset=utf-8";
      config.jetty.multipartConfig.maxFileSize(MAX_BODY, io.javalin.config.SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY, io.javalin.config.SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_BODY, io.javalin.config.SizeUnit.BYTES);
      config.jetty.modifyHttpConfiguration(http -> {
        http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        if (behindProxy) {
          // The scheme and client address from the proxy's Forwarded / X-Forwarded-* headers, so
          // that cookies are Secure behind a TLS-terminating proxy.
          http.addCustomizer(new org.eclipse.jetty.server.ForwardedRequestCustomizer());
        }
      });
      config.jetty.modifyServer(server -> {
        for (var connector : server.getConnectors()) {
          if (connector instanceof ServerConnector c) {
            c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
          }
        }
      });
      config.jetty.modifyServletContextHandler(handler -> {
        handler.setMaxFormContentSize((int) MAX_BODY);
        handler.setMaxFormKeys(2_000);
      });
      config.requestLogger.http(this::logRequest);

      config.routes.before(this::beforeEach);
      config.routes.get("/health", this::health);
      config.routes.get("/static/{name}", this::staticFile);
      config.routes.get("/login", this::loginPage);
      config.routes.post("/login", this::login);
      config.routes.post("/logout", this::logout);
      config.routes.get("/", this::home);
      assessmentRoutes.register(config.routes);
      adminRoutes.register(config.routes);
      reportRoutes.register(config.routes);
      new CompareRoutes(this, assessmentRoutes, reportRoutes).register(config.routes);
      new PeersRoutes(this, adminRoutes, accounts, assessments, models, reportRoutes).register(config.routes);

      config.routes.exception(Redirect.class, (e, ctx) -> ctx.redirect(e.location(), io.javalin.http.HttpStatus.SEE_OTHER));
      config.routes.exception(PageException.class, (e, ctx) -> errorPage(ctx, e.status(), e.heading(), e.getMessage()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> errorPage(ctx, e.getStatus(),
          e.getStatus() == 413 ? "Too much data" : "The request could not be served",
          e.getStatus() == 413 ? "The request was larger than this server accepts." : "Check the address and try again."));
      config.routes.exception(Database.DatabaseException.class, (e, ctx) -> {
        log.error("database failure", e);
        errorPage(ctx, 503, "Service unavailable", "The database did not answer. Nothing was saved; try again shortly.");
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        int status = clientError(e);
        if (status > 0) {
          errorPage(ctx, status, "The request could not be read", "The request was malformed or too large.");
        } else {
          log.error("unexpected failure", e);
          errorPage(ctx, 500, "Something went wrong", "The server could not answer this request. Nothing was changed.");
        }
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          errorPage(ctx, 404, "Page not found", "There is no such page, or you do not have access to it.");
        }
      });
      config.routes.error(405, ctx -> errorPage(ctx, 405, "Method not allowed", "This address does not accept that method."));
    });
    app.start(host, port);
  }

  /** Starts the application; the caller closes it. */
  static WebApp start(Database db, ModelCatalog models, Passwords passwords, String host, int port,
      boolean behindProxy) {
    Accounts accounts = new Accounts(db, passwords);
    Assessments assessments = new Assessments(db);
    assessments.register(models.offered());
    return new WebApp(db, accounts, models, assessments, new LoginThrottle(Clock.systemUTC()), host, port,
        behindProxy);
  }

  int port() {
    return app.port();
  }

  Accounts accounts() {
    return accounts;
  }

  Database database() {
    return db;
  }

  @Override
  public void close() {
    app.stop();
  }

  // ---- what every request goes through

  private void beforeEach(Context ctx) {
    String requestId = accounts.randomHex().substring(0, 12);
    MDC.put("rid", requestId);
    ctx.attribute("rid", requestId);
    ctx.header("X-Request-Id", requestId);
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    String path = ctx.path();
    if (!path.startsWith("/static/")) {
      ctx.header("Cache-Control", "no-store");
    }
    // Refuse an oversized body before reading any of it.
    String length = ctx.header("Content-Length");
    if (length != null && (!length.matches("\\d{1,18}") || Long.parseLong(length) > MAX_BODY)) {
      ctx.header("Connection", "close");
      throw new PageException(413, "Too much data", "The request was larger than this server accepts.");
    }
    String token = ctx.cookie(SESSION_COOKIE);
    if (token != null) {
      accounts.session(token).ifPresent(s -> ctx.attribute(SESSION, s));
    }
    if (path.equals("/health") || path.equals("/login") || path.startsWith("/static/")) {
      return;
    }
    if (session(ctx).isEmpty()) {
      if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
        throw new Redirect("/login");
      }
      throw new PageException(403, "Signed out", "Your session has ended. Sign in again; what you sent was not saved.");
    }
    if (ctx.method() == HandlerType.POST) {
      String sent = ctx.formParam("csrf");
      if (sent == null || !constantTimeEquals(sent, session(ctx).get().csrfToken())) {
        throw new PageException(403, "The form has expired",
            "The form was not sent from this site's current page. Go back, reload the page and send it again.");
      }
    }
  }

  private void logRequest(Context ctx, Float millis) {
    // The path only: never the query, the body or a cookie.
    log.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
    MDC.remove("rid");
  }

  // ---- helpers for the routes

  Optional<Accounts.Session> session(Context ctx) {
    return Optional.ofNullable(ctx.attribute(SESSION));
  }

  Account account(Context ctx) {
    return session(ctx).orElseThrow(() -> new PageException(403, "Signed out", "Sign in again.")).account();
  }

  Frame frame(Context ctx, String title) {
    Optional<Accounts.Session> session = session(ctx);
    if (session.isEmpty()) {
      return new Frame(title, "", "", "", List.of());
    }
    Account account = session.get().account();
    List<Link> nav = new ArrayList<>();
    if (account.isAdmin()) {
      nav.add(new Link("/admin", "Organisations and accounts"));
      nav.add(new Link("/admin/peers", "Peers"));
    } else {
      account.organisationId().ifPresent(id -> nav.add(new Link("/organisations/" + id, "Assessments")));
    }
    return new Frame(title, account.username(), account.role().id(), session.get().csrfToken(), nav);
  }

  void html(Context ctx, String template, Object page) {
    String html = views.render(template, page);
    List<String> hashes = styleHashes(html);
    if (!hashes.isEmpty()) {
      ctx.header("Content-Security-Policy", CSP.replace("style-src 'self'", "style-src 'self' " + String.join(" ", hashes)));
    }
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  /**
   * The CSP hashes of the page's {@code <style>} elements: only svmi-report's chart has one (an
   * SVG carries its own styles), and a template never prints one, so a style that an attacker
   * slipped into a text would be escaped, never hashed here as an element.
   */
  static List<String> styleHashes(String html) {
    List<String> hashes = new ArrayList<>();
    java.util.regex.Matcher m = STYLE_ELEMENT.matcher(html);
    while (m.find()) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hash = "'sha256-" + java.util.Base64.getEncoder().encodeToString(digest) + "'";
        if (!hashes.contains(hash)) {
          hashes.add(hash);
        }
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }
    return hashes;
  }

  /** A path parameter that must be a positive number; anything else is a page that does not exist. */
  static long id(Context ctx, String name) {
    String value = ctx.pathParam(name);
    if (!value.matches("[1-9]\\d{0,17}")) {
      throw PageException.notFound();
    }
    return Long.parseLong(value);
  }

  private void errorPage(Context ctx, int status, String heading, String message) {
    String rid = Optional.ofNullable(ctx.<String>attribute("rid")).orElse("-");
    ctx.status(status);
    html(ctx, "error", new ErrorPage(frame(ctx, heading), status, heading, message, rid));
  }

  /** The status of an exception a client caused (a malformed or oversized body), or 0. */
  private static int clientError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException b) {
        return b.getCode();
      }
      String name = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage());
      if (name.contains("BadMessage") || message.contains("Form is larger than") || message.contains("too large")
          || message.contains("Too many") || name.contains("MultiPart") || name.equals("EofException")) {
        return message.contains("larger") || message.contains("large") ? 413 : 400;
      }
      if (t instanceof IllegalArgumentException && message.contains("URLDecoder")) {
        return 400;
      }
    }
    return 0;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  // ---- the routes of this class

  private void health(Context ctx) {
    boolean up = db.reachable();
    ctx.status(up ? 200 : 503).contentType("text/plain; charset=utf-8").result(up ? "ok\n" : "database unreachable\n");
  }

  private void staticFile(Context ctx) {
    String name = ctx.pathParam("name");
    if (!STATIC.contains(name)) {
      throw PageException.notFound();
    }
    try (InputStream in = WebApp.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw PageException.notFound();
      }
      ctx.header("Cache-Control", "max-age=300").contentType("text/css; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void home(Context ctx) {
    Account account = account(ctx);
    if (account.isAdmin()) {
      throw new Redirect("/admin");
    }
    throw new Redirect("/organisations/" + account.organisationId().orElseThrow());
  }

  private void loginPage(Context ctx) {
    if (session(ctx).isPresent()) {
      throw new Redirect("/");
    }
    renderLogin(ctx, "", List.of());
  }

  private void renderLogin(Context ctx, String username, List<FieldError> errors) {
    String token = ctx.cookie(LOGIN_COOKIE);
    if (token == null || !token.matches("[0-9a-f]{64}")) {
      token = accounts.randomHex();
      cookie(ctx, LOGIN_COOKIE, token, "/login", "Strict", -1);
    }
    html(ctx, "login", new LoginPage(frame(ctx, "Sign in"), username, errors, token));
  }

  private void login(Context ctx) {
    String cookieToken = ctx.cookie(LOGIN_COOKIE);
    String formToken = ctx.formParam("login_token");
    if (cookieToken == null || formToken == null || !constantTimeEquals(cookieToken, formToken)) {
      throw new PageException(403, "The form has expired",
          "The sign-in form was not sent from this site's current page. Reload it and sign in again.");
    }
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (username.isEmpty() || password.isEmpty() || username.length() > 100 || password.length() > 1000) {
      ctx.status(422);
      List<FieldError> errors = new ArrayList<>();
      if (username.isEmpty() || username.length() > 100) {
        errors.add(new FieldError("username", "Enter your username"));
      }
      if (password.isEmpty() || password.length() > 1000) {
        errors.add(new FieldError("password", "Enter your password"));
      }
      renderLogin(ctx, username.length() > 100 ? "" : username, errors);
      return;
    }
    Duration wait = throttle.waitFor(username, ctx.ip());
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.status(429).header("Retry-After", Long.toString(seconds));
      log.warn("sign-in refused: too many failures for this username or address");
      renderLogin(ctx, username, List.of(new FieldError("password",
          "Too many failed sign-ins. Wait " + seconds + " seconds, then try again")));
      return;
    }
    Optional<Account> account = accounts.check(username, password);
    if (account.isEmpty()) {
      throttle.failed(username, ctx.ip());
      log.info("sign-in failed");
      ctx.status(401);
      renderLogin(ctx, username, List.of(new FieldError("username", "The username or the password is not right")));
      return;
    }
    throttle.succeeded(username);
    Accounts.NewSession started = accounts.startSession(account.get());
    cookie(ctx, SESSION_COOKIE, started.token(), "/", "Lax", -1);
    cookie(ctx, LOGIN_COOKIE, "", "/login", "Strict", 0);
    log.info("signed in: account {}", account.get().id());
    throw new Redirect("/");
  }

  private void logout(Context ctx) {
    String token = ctx.cookie(SESSION_COOKIE);
    if (token != null) {
      accounts.endSession(token);
    }
    cookie(ctx, SESSION_COOKIE, "", "/", "Lax", 0);
    throw new Redirect("/login");
  }

  /** Sets a cookie: HttpOnly, with SameSite, and Secure when the request came over HTTPS. */
  private static void cookie(Context ctx, String name, String value, String path, String sameSite, int maxAge) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
        .append("; HttpOnly; SameSite=").append(sameSite);
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    if ("https".equals(ctx.scheme())) {
      c.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", c.toString());
  }

  /** The fields of a posted form, each name once; a repeated name is a malformed request. */
  static Map<String, String> singleValued(Context ctx, @Nullable Set<String> allowedRepeats) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : ctx.formParamMap().entrySet()) {
      if (e.getValue().size() != 1 && (allowedRepeats == null || !allowedRepeats.contains(e.getKey()))) {
        throw PageException.badRequest("The form has the field '" + e.getKey() + "' more than once.");
      }
      out.put(e.getKey(), e.getValue().get(0));
    }
    return out;
  }
}
