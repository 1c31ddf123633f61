package io.svmi.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves as a browser does with forms: it keeps cookies, does not follow
 * redirects (tests look at them), and sends back the CSRF token of the last page it read.
 */
class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]{64})\"");
  private static final Pattern LOGIN = Pattern.compile("name=\"login_token\" value=\"([0-9a-f]{64})\"");

  final String base;
  private final HttpClient client;
  String csrf = "";

  Browser(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    remember(r.body());
    return r;
  }

  HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
    String body = fields.stream()
        .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    remember(r.body());
    return r;
  }

  /** Posts a form with this page's CSRF token added. */
  HttpResponse<String> submit(String path, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
    all.add(Map.entry("csrf", csrf));
    return post(path, all);
  }

  Browser signIn(String username, String password) {
    HttpResponse<String> page = get("/login");
    Matcher m = LOGIN.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError("no sign-in form:\n" + page.body());
    }
    HttpResponse<String> r = post("/login", List.of(Map.entry("login_token", m.group(1)),
        Map.entry("username", username), Map.entry("password", password)));
    assertEquals(303, r.statusCode(), () -> "sign-in of " + username + ":\n" + r.body());
    get("/");
    return this;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String body) {
    Matcher m = CSRF.matcher(body);
    if (m.find()) {
      csrf = m.group(1);
    }
  }
}
