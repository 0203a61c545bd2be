package org.skillscope.api.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * What Jetty answers before a request reaches Javalin (a URI or headers over Jetty's limits, a URI
 * that does not decode, an ambiguous path): the same RFC 9457 problem details as every other error,
 * instead of Jetty's HTML page. Jetty's status is kept (400, 414, 431).
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** A request Jetty could not parse: no path to name, only the status and Jetty's reason. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Hygiene.HEADERS.forEach(fields::put);
        if (HttpStatus.hasNoBody(status)) return ByteBuffer.allocate(0);
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        return ByteBuffer.wrap(Problems.body(status, Problems.typeOf(status), Problems.titleOf(status), detail(status, reason), null));
    }

    /** An error Jetty sends for a parsed request (e.g. an ambiguous path). */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
                                              String message) throws IOException {
        baseRequest.setHandled(true);
        Hygiene.HEADERS.forEach(response::setHeader);
        response.setContentType(Problems.CONTENT_TYPE);
        byte[] body = Problems.body(code, Problems.typeOf(code), Problems.titleOf(code), detail(code, message), null);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String detail(int status, String reason) {
        return switch (status) {
            case 414 -> "the request URI is longer than the server accepts; send long texts in a POST body";
            case 431 -> "the request headers are larger than the server accepts";
            default -> "the request cannot be read" + (reason == null || reason.isBlank() || reason.equals(HttpStatus.getMessage(status))
                    ? " (check that its path and query are correctly percent-encoded)" : ": " + reason);
        };
    }
}
