package org.jobclass.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A browser without a screen: its own cookies (sent to every port of localhost, as to one site behind a load
 * balancer), forms sent with the token of the page they are on; redirects are looked at, not followed.
 */
public final class HttpBrowser {

    private final HttpClient http;
    private final String[] everyRequest;

    /**
     * @param everyRequest headers sent with every request, as name, value, name, value … (a proxy's, say); with
     *                     {@code X-Forwarded-Proto: https} the browser's own link is taken to be HTTPS, so that it
     *                     sends back the cookies marked Secure, as a browser talking to the proxy over HTTPS does
     */
    public HttpBrowser(String... everyRequest) {
        this.everyRequest = everyRequest.clone();
        boolean overHttps = false;
        for (int i = 0; i + 1 < everyRequest.length; i += 2) {
            overHttps |= everyRequest[i].equalsIgnoreCase("X-Forwarded-Proto") && everyRequest[i + 1].equals("https");
        }
        CookieManager cookies = overHttps ? new CookieManager() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return super.get(URI.create(uri.toString().replaceFirst("^http:", "https:")), headers);
            }
        } : new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Reads a page, with request headers given as name, value, name, value … */
    public HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(port, path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect leads, within the site. */
    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    public HttpResponse<String> signIn(int port, String username, String password) throws Exception {
        return postForm(port, "/login", "/login", Map.of("username", username, "password", password));
    }

    /** Opens the page with the form (for its token), then sends the fields to the form's address. */
    public HttpResponse<String> postForm(int port, String page, String action, Map<String, String> fields) throws Exception {
        return post(port, get(port, page).body(), action, fields);
    }

    /** Sends the fields to the form's address with the token of a page already read (its HTML). */
    public HttpResponse<String> post(int port, String pageRead, String action, Map<String, String> fields) throws Exception {
        String token = Jsoup.parse(pageRead).select("input[name=_csrf]").first().val();
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("_csrf", token);
        String body = sent.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(request(port, action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(int port, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (int i = 0; i + 1 < everyRequest.length; i += 2) {
            request.header(everyRequest[i], everyRequest[i + 1]);
        }
        return request;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
