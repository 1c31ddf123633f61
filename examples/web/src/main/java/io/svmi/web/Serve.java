package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code svmi serve}: reads the options, opens the database (migrating it), creates the admin on
 * the first run and starts the web application. Everything it can check is checked before it
 * listens; a wrong option is a one-line message and exit status 2.
 */
public final class Serve {
  static final String USAGE = String.join("\n",
      "usage: svmi serve [--port N] [--bind HOST] [--data DIR] [--db JDBC-URL] [--db-user NAME]",
      "                  [--models DIR] [--samm DIR] [--admin-password-file FILE] [--behind-proxy]",
      "  --port N                  the port to listen on (default 8080; 0 picks a free one)",
      "  --bind HOST               the address to listen on (default 127.0.0.1)",
      "  --data DIR                the embedded database's folder (default ./svmi-data)",
      "  --db JDBC-URL             a PostgreSQL database instead (jdbc:postgresql://host/db);",
      "                            the password is read from the environment variable SVMI_DB_PASSWORD",
      "  --db-user NAME            the database user (default: the one in the URL, or none)",
      "  --models DIR              offer each .svmi file of DIR beside the bundled models",
      "  --samm DIR                offer OWASP SAMM, imported from its model folder",
      "  --admin-password-file F   the first run's admin password, read from F (else one is generated and printed)",
      "  --behind-proxy            trust the Forwarded / X-Forwarded-* headers of a TLS-terminating proxy");

  /** What the command line asked for. */
  record Options(int port, String bind, Path data, Optional<String> db, Optional<String> dbUser,
      Optional<Path> models, Optional<Path> samm, Optional<Path> adminPasswordFile, int bcryptCost,
      boolean behindProxy) {}

  /** A command line that cannot be followed: its message. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private Serve() {}

  public static void main(String[] args) {
    try {
      start(List.of(args), System.out, System.getenv("SVMI_DB_PASSWORD"));
    } catch (UsageException e) {
      System.err.println("svmi serve: " + e.getMessage());
      System.exit(2);
    }
  }

  static Options parse(List<String> args) throws UsageException {
    int port = 8080;
    String bind = "127.0.0.1";
    Path data = Path.of("svmi-data");
    Optional<String> db = Optional.empty();
    Optional<String> dbUser = Optional.empty();
    Optional<Path> models = Optional.empty();
    Optional<Path> samm = Optional.empty();
    Optional<Path> adminPassword = Optional.empty();
    int cost = 12;
    boolean behindProxy = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        throw new UsageException("options\n" + USAGE);
      }
      if (arg.equals("--behind-proxy")) {
        behindProxy = true;
        continue;
      }
      if (i + 1 >= args.size()) {
        throw new UsageException("unexpected argument '" + arg + "'\n" + USAGE);
      }
      String value = args.get(++i);
      switch (arg) {
        case "--port" -> {
          if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65535) {
            throw new UsageException("--port takes a number from 0 to 65535, not '" + value + "'");
          }
          port = Integer.parseInt(value);
        }
        case "--bind" -> bind = value;
        case "--data" -> data = Path.of(value);
        case "--db" -> {
          if (!value.startsWith("jdbc:postgresql:") && !value.startsWith("jdbc:h2:")) {
            throw new UsageException("--db takes a PostgreSQL JDBC URL (jdbc:postgresql://host/database), not '" + value + "'");
          }
          db = Optional.of(value);
        }
        case "--db-user" -> dbUser = Optional.of(value);
        case "--models" -> models = Optional.of(Path.of(value));
        case "--samm" -> samm = Optional.of(Path.of(value));
        case "--admin-password-file" -> adminPassword = Optional.of(Path.of(value));
        case "--bcrypt-cost" -> {
          if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 4 || Integer.parseInt(value) > 16) {
            throw new UsageException("--bcrypt-cost takes a number from 4 to 16");
          }
          cost = Integer.parseInt(value);
        }
        default -> throw new UsageException("unexpected argument '" + arg + "'\n" + USAGE);
      }
    }
    return new Options(port, bind, data, db, dbUser, models, samm, adminPassword, cost, behindProxy);
  }

  /** Starts the application as the options say, printing its address (and a new admin's password once). */
  static WebApp start(List<String> args, PrintStream out, String dbPassword) throws UsageException {
    Options options = parse(args);
    Optional<String> adminPassword = Optional.empty();
    if (options.adminPasswordFile().isPresent()) {
      try {
        String text = Files.readString(options.adminPasswordFile().get(), UTF_8).strip();
        String problem = Passwords.problem(text);
        if (!problem.isEmpty()) {
          throw new UsageException("the admin password file: " + problem.toLowerCase(java.util.Locale.ROOT));
        }
        adminPassword = Optional.of(text);
      } catch (IOException e) {
        throw new UsageException("cannot read the admin password file: " + e.getMessage());
      }
    }
    ModelCatalog models;
    try {
      models = ModelCatalog.load(options.models(), options.samm());
    } catch (ModelCatalog.CatalogException e) {
      throw new UsageException(e.getMessage());
    }
    String url;
    if (options.db().isPresent()) {
      url = options.db().get();
    } else {
      try {
        Files.createDirectories(options.data());
      } catch (IOException e) {
        throw new UsageException("cannot create the data folder '" + options.data() + "': " + e.getMessage());
      }
      url = Database.h2Url(options.data());
    }
    Database db;
    try {
      db = Database.open(url, options.dbUser().orElse(null), dbPassword);
    } catch (RuntimeException e) {
      throw new UsageException("cannot open the database: " + rootMessage(e));
    }
    Passwords passwords = new Passwords(options.bcryptCost());
    WebApp app;
    try {
      app = WebApp.start(db, models, passwords, options.bind(), options.port(), options.behindProxy());
    } catch (RuntimeException e) {
      db.close();
      throw new UsageException("cannot listen on " + options.bind() + ":" + options.port() + ": " + rootMessage(e));
    }
    Optional<String> created = app.accounts().ensureAdmin(adminPassword);
    String where = options.db().isPresent() ? "database " + redact(url) : "data in " + options.data();
    out.println("svmi serve: http://" + hostForUrl(options.bind()) + ":" + app.port() + "/ (" + where + ")");
    if (created.isPresent()) {
      out.println(adminPassword.isPresent()
          ? "svmi serve: created the admin account 'admin' with the password from " + options.adminPasswordFile().get()
          : "svmi serve: created the admin account 'admin' with the password " + created.get()
              + " (shown this once: sign in and keep it safe)");
    }
    out.flush();
    return app;
  }

  private static String hostForUrl(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }
}
