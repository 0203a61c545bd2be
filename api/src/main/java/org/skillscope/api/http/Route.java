package org.skillscope.api.http;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * One endpoint: what Javalin registers and what the OpenAPI document describes come from the same
 * record, so the document cannot drift from the routes.
 *
 * @param query        query parameters as "name:type:description" (type int, boolean or string)
 * @param bodyExample  an example JSON body for POST routes, null for GET
 */
public record Route(HandlerType method, String path, String tag, String summary, List<String> query, String bodyExample, Handler handler) {
    public Route {
        query = List.copyOf(query);
    }

    static Route get(String path, String tag, String summary, List<String> query, Handler h) {
        return new Route(HandlerType.GET, path, tag, summary, query, null, h);
    }

    static Route post(String path, String tag, String summary, List<String> query, String bodyExample, Handler h) {
        return new Route(HandlerType.POST, path, tag, summary, query, bodyExample, h);
    }
}
