package org.skillscope.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small client for the integration tests: real HTTP on loopback, JSON answers parsed. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, String contentType, String body, java.util.Map<String, java.util.List<String>> headers) {
        Answer(int status, String contentType, String body) {
            this(status, contentType, body, java.util.Map.of());
        }

        /** A response header's value ("" when absent). */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> String.join(", ", e.getValue()))
                    .findFirst().orElse("");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer post(String path, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json").POST(body));
    }

    /** A POST with any Content-Type, or none when {@code contentType} is null. */
    Answer post(String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return send(b);
    }

    Answer method(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * A GET written byte for byte on a socket, for targets {@link HttpClient} refuses to send (bad
     * percent-encoding); the answer is split into status, content type and body by hand.
     */
    Answer raw(String target) {
        return raw("GET", target, "127.0.0.1");
    }

    /** A request written by hand, with any Host header ({@link HttpClient} refuses to set one). */
    Answer raw(String method, String target, String host) {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = all.substring(0, end);
            java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            head.lines().skip(1).filter(l -> l.indexOf(':') > 0).forEach(l -> headers.computeIfAbsent(l.substring(0, l.indexOf(':')).strip(),
                    k -> new java.util.ArrayList<>()).add(l.substring(l.indexOf(':') + 1).strip()));
            String contentType = headers.getOrDefault("Content-Type", java.util.List.of("")).get(0);
            return new Answer(Integer.parseInt(head.split(" ")[1]), contentType, all.substring(end + 4), headers);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
